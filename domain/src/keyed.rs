/// Declares an enum whose wire form is a stable machine key (`"provisioning_failed"`).
///
/// Servers add statuses before clients learn them, so every keyed enum has an
/// `Unknown(key)` variant: a key this build does not know deserialises into it instead of
/// failing the whole response. The enum has no words: whoever shows it words it by its key
/// (the app from `locales/*.json`, an unknown key as "Unknown: <key>").
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident => $key:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $($variant,)+
            /// A key this build does not know, kept as sent.
            Unknown(String),
        }

        impl $name {
            /// Every variant this build knows, in display order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            pub fn key(&self) -> &str {
                match self {
                    $($name::$variant => $key,)+
                    $name::Unknown(key) => key,
                }
            }

            pub fn from_key(key: &str) -> Self {
                match key {
                    $($key => $name::$variant,)+
                    other => $name::Unknown(other.to_string()),
                }
            }

            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let key = String::deserialize(deserializer)?;
                Ok(Self::from_key(&key))
            }
        }
    };
}

/// Declares a closed enum with a URL key per variant, for sort orders and filters: a key
/// it does not know is not an error but "use the default" (`parse` gives `None`).
macro_rules! url_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            pub fn parse(value: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == value)
            }
        }
    };
}
