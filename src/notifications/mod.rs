//! Notification settings (seller portal, Events tab): the event catalogue by category,
//! Email and Webhook switches that save at once, the edit dialog for recipients and the
//! webhook, and a preview of each e-mail.
mod edit;
mod missing;
mod page;
mod preview;
mod recipients;
mod routes;
mod toggle;
mod webhook;

pub use routes::NotificationsRoutes;
