//! Whether a seller may choose the customer in the app, and where entering, switching and
//! leaving a customer's view lead (page loads: the customer is in the address).
use domain::session::{customer_base, CUSTOMERS_PATH};

/// Whether a seller may choose the customer in the app, and where the choices lead.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerSwitch {
    /// The host's base path (outside any customer).
    pub host_base: String,
    /// False when the host decides alone (`data-on-behalf-of` without `data-customer-switch`).
    pub allowed: bool,
}

impl CustomerSwitch {
    /// The picker.
    pub fn picker_href(&self) -> String {
        format!("{}{CUSTOMERS_PATH}", self.host_base)
    }

    /// Customer `id`'s orders, in customer view.
    pub fn enter_href(&self, id: &str) -> String {
        format!("{}/orders", customer_base(&self.host_base, id))
    }

    /// The seller's own console, outside customer view.
    pub fn leave_href(&self) -> String {
        format!("{}/", self.host_base)
    }
}
