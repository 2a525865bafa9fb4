/// Declares an enum whose wire form is a stable machine key (`"provisioning_failed"`).
///
/// Servers add statuses before clients learn them, so every keyed enum has an
/// `Unknown(key)` variant: a key this build does not know deserialises into it and is shown
/// as "Unknown: <key>" instead of failing the whole response.
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident => $key:literal, $label:literal;)+ }) => {
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

            /// The wording users read, from the domain reference.
            pub fn label(&self) -> String {
                match self {
                    $($name::$variant => $label.to_string(),)+
                    $name::Unknown(key) => format!("Unknown: {key}"),
                }
            }

            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.label())
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
