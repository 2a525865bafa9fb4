/// The visual weight of a status badge (its look is the app's: `ui::StatusBadge`). Every status maps to one tone, so one badge
/// component serves orders, subscriptions and anything else with a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
}
