//! The only place anything is stored: this browser's localStorage, through a
//! [`Store`]. The app saves four keys (the resume text, the job description,
//! the target role, the experience band); a widget saves nothing unless its
//! host opts in, and then under keys of its own. Nothing is sent anywhere.

/// What is saved: each kind has one key per store (the README names them).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    Resume,
    Job,
    Role,
    Band,
}

impl Key {
    const ALL: [Key; 4] = [Key::Resume, Key::Job, Key::Role, Key::Band];

    fn suffix(self) -> &'static str {
        match self {
            Key::Resume => "resume.v1",
            Key::Job => "jd.v1",
            Key::Role => "role.v1",
            Key::Band => "band.v1",
        }
    }
}

/// Where one checker keeps its text: a key prefix in localStorage, or nowhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    prefix: Option<String>,
}

impl Store {
    /// The app's store: `bulletproof.resume.v1` and so on.
    pub fn page() -> Self {
        Store {
            prefix: Some("bulletproof.".into()),
        }
    }

    /// A widget whose host opted in to saving: `bulletproof.widget.<name>.resume.v1`…
    pub fn widget(name: &str) -> Self {
        Store {
            prefix: Some(format!("bulletproof.widget.{name}.")),
        }
    }

    /// Saves nothing, loads nothing (a widget by default).
    pub fn off() -> Self {
        Store { prefix: None }
    }

    /// The full key for `key`, when this store saves at all.
    pub fn key(&self, key: Key) -> Option<String> {
        self.prefix.as_ref().map(|p| format!("{p}{}", key.suffix()))
    }

    /// The saved value of a key, if any.
    pub fn load(&self, key: Key) -> Option<String> {
        storage()?.get_item(&self.key(key)?).ok().flatten()
    }

    /// Saves a value (an empty one removes the key, except the resume's);
    /// `false` only when the browser refuses (storage full or blocked).
    pub fn save(&self, key: Key, value: &str) -> bool {
        let Some(name) = self.key(key) else {
            return true;
        };
        storage().is_some_and(|s| {
            if value.is_empty() && key != Key::Resume {
                s.remove_item(&name).is_ok()
            } else {
                s.set_item(&name, value).is_ok()
            }
        })
    }

    /// Erases everything this store saved.
    pub fn forget(&self) {
        if let Some(s) = storage() {
            for name in Key::ALL.iter().filter_map(|&k| self.key(k)) {
                let _ = s.remove_item(&name);
            }
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
