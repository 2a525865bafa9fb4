mod page;
pub use page::NotificationsPage;
