//! A switch that saves at once. The screen flips on click; one request is in flight at a
//! time; when it returns and the user has clicked since, the newest state is sent. So
//! quick repeated clicks end in the state of the last click, and the screen never stays
//! different from the server: a failed save flips back to what the server has.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToggleSync {
    shown: bool,
    confirmed: bool,
    in_flight: Option<bool>,
}

impl ToggleSync {
    pub fn new(server_value: bool) -> Self {
        ToggleSync { shown: server_value, confirmed: server_value, in_flight: None }
    }

    /// What the switch shows.
    pub fn shown(&self) -> bool {
        self.shown
    }

    pub fn saving(&self) -> bool {
        self.in_flight.is_some()
    }

    /// A click: flips the switch; returns the value to send, if a request should start.
    pub fn click(&mut self) -> Option<bool> {
        self.shown = !self.shown;
        self.next_request()
    }

    /// The server saved `value`; returns the value to send next, if the user has clicked
    /// since the request left.
    pub fn saved(&mut self, value: bool) -> Option<bool> {
        self.confirmed = value;
        self.in_flight = None;
        self.next_request()
    }

    /// The save failed: back to what the server has.
    pub fn failed(&mut self) {
        self.in_flight = None;
        self.shown = self.confirmed;
    }

    /// Another part of the screen saved `value` (the edit dialog turned the webhook on):
    /// the switch shows it, unless a save of its own is under way, whose answer decides.
    pub fn server_changed(&mut self, value: bool) {
        if self.in_flight.is_none() {
            self.confirmed = value;
            self.shown = value;
        }
    }

    fn next_request(&mut self) -> Option<bool> {
        if self.in_flight.is_none() && self.shown != self.confirmed {
            self.in_flight = Some(self.shown);
            return Some(self.shown);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_elsewhere_is_shown_unless_one_of_its_own_is_under_way() {
        let mut sync = ToggleSync::new(false);
        sync.server_changed(true);
        assert!(sync.shown() && !sync.saving());
        assert_eq!(sync.click(), Some(false), "a click after it sends the other value");
        sync.server_changed(true);
        assert!(!sync.shown(), "its own save decides");
        assert_eq!(sync.saved(false), None);
        assert!(!sync.shown());
    }

    #[test]
    fn one_click_sends_once_and_settles() {
        let mut sync = ToggleSync::new(false);
        assert_eq!(sync.click(), Some(true));
        assert!(sync.shown() && sync.saving());
        assert_eq!(sync.saved(true), None);
        assert!(sync.shown() && !sync.saving());
    }

    #[test]
    fn rapid_clicks_end_in_the_last_clicked_state() {
        let mut sync = ToggleSync::new(false);
        assert_eq!(sync.click(), Some(true)); // request 1 leaves
        assert_eq!(sync.click(), None); // off, waits
        assert_eq!(sync.click(), None); // on again, waits
        assert_eq!(sync.saved(true), None, "the server already has the last click");
        assert_eq!(sync.click(), Some(false));
        assert_eq!(sync.click(), None);
        assert_eq!(sync.click(), None); // last click: off
        assert_eq!(sync.saved(false), None);
        assert!(!sync.shown());
        let mut sync = ToggleSync::new(false);
        sync.click();
        sync.click(); // last click: off, while "on" is in flight
        assert_eq!(sync.saved(true), Some(false), "the newest state follows");
        assert_eq!(sync.saved(false), None);
        assert!(!sync.shown());
    }

    #[test]
    fn a_failure_flips_back_to_the_server_state() {
        let mut sync = ToggleSync::new(true);
        sync.click();
        sync.failed();
        assert!(sync.shown() && !sync.saving());
    }
}
