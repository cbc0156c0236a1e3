//! The only place anything is stored: this browser's localStorage, one key,
//! the resume text. Nothing is sent anywhere.

/// The key the resume text is saved under (the README names it).
pub const RESUME_KEY: &str = "bulletproof.resume.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved resume text, if any.
pub fn load() -> Option<String> {
    storage()?.get_item(RESUME_KEY).ok().flatten()
}

/// Saves the text; `false` when the browser refuses (storage full or blocked).
pub fn save(text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(RESUME_KEY, text).is_ok())
}

/// Erases everything Bulletproof stored.
pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(RESUME_KEY);
    }
}
