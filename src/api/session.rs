//! Who is signed in.
use std::future::Future;

use domain::Session;
use web_sys::AbortController;

use super::{ApiClient, ApiError};

impl ApiClient {
    pub fn session(&self, abort: &AbortController) -> impl Future<Output = Result<Session, ApiError>> {
        self.get("/session", abort)
    }
}
