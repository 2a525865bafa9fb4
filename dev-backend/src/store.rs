//! The generated data set plus everything users wrote (notes, subscription actions,
//! notification settings). Writes go to one JSON file, replaced atomically, so a restart
//! or a crash mid-write loses nothing that was acknowledged.
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Mutex;

use domain::notifications::{EmailSettings, WebhookSettings};
use domain::orders::Note;
use domain::subscriptions::SubscriptionStatus;
use serde::{Deserialize, Serialize};

use crate::data::Dataset;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Writes {
    /// Notes users added, by order id, oldest first.
    #[serde(default)]
    pub notes: BTreeMap<String, Vec<Note>>,
    #[serde(default)]
    pub next_note: u64,
    /// `order id:Idempotency-Key` → note id, so a repeated submit adds nothing.
    #[serde(default)]
    pub note_keys: BTreeMap<String, String>,
    /// Status (and cancellation request) after a seller's action, by subscription id.
    #[serde(default)]
    pub subscriptions: BTreeMap<String, (SubscriptionStatus, bool)>,
    /// The seller's notification settings, by event key; absent means the default.
    #[serde(default)]
    pub notifications: BTreeMap<String, EventOverride>,
    /// Saved views, by user id, oldest first.
    #[serde(default)]
    pub views: BTreeMap<String, Vec<domain::views::SavedView>>,
    #[serde(default)]
    pub next_view: u64,
    /// `user id:Idempotency-Key` → view id, so a repeated save adds nothing.
    #[serde(default)]
    pub view_keys: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EventOverride {
    #[serde(default)]
    pub email_enabled: Option<bool>,
    #[serde(default)]
    pub webhook_enabled: Option<bool>,
    #[serde(default)]
    pub email: Option<EmailSettings>,
    #[serde(default)]
    pub webhook: Option<WebhookSettings>,
    /// Stored, never sent back in full.
    #[serde(default)]
    pub authorization: Option<String>,
}

pub struct Store {
    pub data: Dataset,
    pub order_index: HashMap<String, usize>,
    generated_notes: HashMap<usize, Vec<Note>>,
    writes: Mutex<Writes>,
    file: Option<PathBuf>,
    /// Expired and renewed session tokens (kept in memory only).
    pub tokens: crate::tokens::TokenBook,
    /// Orders that moved on while the server ran (`--simulate-progress`).
    pub progress: crate::progress::Progress,
}

impl Store {
    /// Opens the store; `file` (if any) holds earlier writes and receives new ones.
    pub fn open(data: Dataset, file: Option<PathBuf>) -> std::io::Result<Store> {
        let writes = match &file {
            Some(path) if path.exists() => {
                let text = std::fs::read_to_string(path)?;
                serde_json::from_str(&text).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?
            }
            _ => Writes::default(),
        };
        let order_index = data.orders.iter().enumerate().map(|(n, o)| (o.summary.id.clone(), n)).collect();
        let mut generated_notes: HashMap<usize, Vec<Note>> = HashMap::new();
        for (index, note) in &data.generated_notes {
            generated_notes.entry(*index).or_default().push(note.clone());
        }
        Ok(Store {
            data,
            order_index,
            generated_notes,
            writes: Mutex::new(writes),
            file,
            tokens: crate::tokens::TokenBook::default(),
            progress: crate::progress::Progress::default(),
        })
    }

    pub fn read<T>(&self, f: impl FnOnce(&Writes) -> T) -> T {
        f(&self.writes.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Applies a change and saves it before answering. A change that returns `Err`, or
    /// whose save fails, is rolled back whole: the server never acknowledges what it
    /// could lose, and a refused request leaves nothing half-done.
    pub fn write<T, E>(&self, f: impl FnOnce(&mut Writes) -> Result<T, E>) -> std::io::Result<Result<T, E>> {
        let mut guard = self.writes.lock().unwrap_or_else(|e| e.into_inner());
        let before = guard.clone();
        let result = f(&mut guard);
        if result.is_err() {
            *guard = before;
            return Ok(result);
        }
        if let Err(error) = self.save(&guard) {
            *guard = before;
            return Err(error);
        }
        Ok(result)
    }

    fn save(&self, writes: &Writes) -> std::io::Result<()> {
        let Some(path) = &self.file else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension("json.tmp");
        let text = serde_json::to_vec_pretty(writes).map_err(std::io::Error::other)?;
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, path)
    }

    /// Generated notes followed by users' notes, oldest first.
    pub fn notes(&self, index: usize, writes: &Writes) -> Vec<Note> {
        let mut notes = self.generated_notes.get(&index).cloned().unwrap_or_default();
        if let Some(added) = writes.notes.get(&self.data.orders[index].summary.id) {
            notes.extend(added.iter().cloned());
        }
        notes
    }
}
