//! Who is signed in, for which organisation, and what that lets them see.
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// A user's role on the platform.
    pub enum Role {
        Customer => "customer";
        CustomerAdmin => "customer_admin";
        SellerAdmin => "seller_admin";
        SellerUser => "seller_user";
    }
}

impl Role {
    /// Customer roles never see markup (the reseller's margin).
    pub fn is_customer_role(&self) -> bool {
        matches!(self, Role::Customer | Role::CustomerAdmin)
    }

    /// Only a seller sees markup changes; an unknown role is treated as a customer, the
    /// safe side of the rule.
    pub fn sees_markup(&self) -> bool {
        matches!(self, Role::SellerAdmin | Role::SellerUser)
    }

    /// Seller users may look at notification settings; only seller admins change them.
    pub fn can_edit_notifications(&self) -> bool {
        matches!(self, Role::SellerAdmin)
    }

    pub fn can_act_on_subscriptions(&self) -> bool {
        matches!(self, Role::SellerAdmin)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub id: String,
    pub name: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
}

/// `GET /api/v1/session`: the signed-in user, and the organisation a seller acts for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub user: User,
    pub role: Role,
    pub organization: Organization,
    /// Set when a seller has opened a customer's view (`X-On-Behalf-Of`).
    #[serde(default)]
    pub acting_for: Option<Organization>,
}

/// The app's three areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Orders,
    Subscriptions,
    Notifications,
}

impl Area {
    pub const ALL: [Area; 3] = [Area::Orders, Area::Subscriptions, Area::Notifications];

    /// A stable name for test hooks (`nav-orders`).
    pub fn key(self) -> &'static str {
        match self {
            Area::Orders => "orders",
            Area::Subscriptions => "subscriptions",
            Area::Notifications => "notifications",
        }
    }
    pub fn path(self) -> &'static str {
        match self {
            Area::Orders => "/orders",
            Area::Subscriptions => "/subscriptions",
            Area::Notifications => "/settings/notifications",
        }
    }
}

/// Where a seller's chosen customer lives in the address: `{base}/customers/{id}/…`, so
/// that every link, a reload and a bookmark keep it. `/customers` alone is the picker.
pub const CUSTOMERS_PATH: &str = "/customers";

/// The customer organisation chosen in `path` (under the host's `base`), if any.
pub fn customer_in_path(path: &str, base: &str) -> Option<String> {
    let rest = path.strip_prefix(base.trim_end_matches('/'))?.strip_prefix(CUSTOMERS_PATH)?.strip_prefix('/')?;
    let id = rest.split('/').next().unwrap_or_default();
    let id = crate::query::decode_component(id);
    (!id.trim().is_empty()).then(|| id.trim().to_string())
}

/// The app's base path while it acts for customer `id`: its screens live under it.
pub fn customer_base(base: &str, id: &str) -> String {
    format!("{}{CUSTOMERS_PATH}/{}", base.trim_end_matches('/'), crate::query::encode_component(id))
}

impl Session {
    /// Orders exist only in customer view: a customer's own, or a seller acting for one.
    pub fn in_customer_view(&self) -> bool {
        self.role.is_customer_role() || self.acting_for.is_some()
    }

    /// The areas this session may open, in navigation order.
    pub fn areas(&self) -> Vec<Area> {
        let mut areas = Vec::new();
        if self.in_customer_view() {
            areas.push(Area::Orders);
        }
        if self.role.is_known() {
            areas.push(Area::Subscriptions);
        }
        if matches!(self.role, Role::SellerAdmin | Role::SellerUser) {
            areas.push(Area::Notifications);
        }
        areas
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_customer_is_read_from_the_address_under_the_base() {
        assert_eq!(customer_in_path("/customers/org-contoso/orders", "").as_deref(), Some("org-contoso"));
        assert_eq!(customer_in_path("/portal/customers/org-contoso", "/portal/").as_deref(), Some("org-contoso"));
        assert_eq!(customer_in_path("/customers/org%20x/subscriptions/sub-1", "").as_deref(), Some("org x"));
        for none in ["/customers", "/customers/", "/orders", "/portal/orders", "/customersx/org/orders"] {
            assert_eq!(customer_in_path(none, "/portal").or(customer_in_path(none, "")), None, "{none}");
        }
        assert_eq!(customer_base("/portal/", "org x"), "/portal/customers/org%20x");
        assert_eq!(customer_in_path(&format!("{}/orders", customer_base("", "org-a")), "").as_deref(), Some("org-a"));
    }

    fn session(role: Role, acting_for: Option<&str>) -> Session {
        Session {
            user: User { id: "u".into(), name: "U".into(), email: "u@example.com".into() },
            role,
            organization: Organization { id: "o".into(), name: "O".into() },
            acting_for: acting_for.map(|id| Organization { id: id.into(), name: id.into() }),
        }
    }

    #[test]
    fn navigation_follows_role_and_customer_view() {
        use Area::*;
        assert_eq!(session(Role::Customer, None).areas(), vec![Orders, Subscriptions]);
        assert_eq!(session(Role::CustomerAdmin, None).areas(), vec![Orders, Subscriptions]);
        assert_eq!(session(Role::SellerAdmin, None).areas(), vec![Subscriptions, Notifications]);
        assert_eq!(session(Role::SellerAdmin, Some("org-1")).areas(), vec![Orders, Subscriptions, Notifications]);
        assert_eq!(session(Role::SellerUser, None).areas(), vec![Subscriptions, Notifications]);
        assert!(session(Role::from_key("auditor"), None).areas().is_empty());
    }

    #[test]
    fn only_sellers_see_markup_and_unknown_roles_do_not() {
        assert!(Role::SellerAdmin.sees_markup());
        assert!(!Role::Customer.sees_markup());
        assert!(!Role::CustomerAdmin.sees_markup());
        assert!(!Role::from_key("new_role").sees_markup());
    }

    #[test]
    fn unknown_role_key_survives_a_round_trip() {
        let role: Role = serde_json::from_str("\"auditor\"").unwrap();
        assert_eq!((role.key(), role.is_known()), ("auditor", false));
        assert_eq!(serde_json::to_string(&role).unwrap(), "\"auditor\"");
    }
}
