//! The only place anything is stored: this browser's localStorage. Four
//! keys: the resume text, the job description, the target role and the
//! experience band. Nothing is sent anywhere.

/// The key the resume text is saved under (the README names every key).
pub const RESUME_KEY: &str = "bulletproof.resume.v1";
pub const JOB_KEY: &str = "bulletproof.jd.v1";
pub const ROLE_KEY: &str = "bulletproof.role.v1";
pub const BAND_KEY: &str = "bulletproof.band.v1";
const ALL_KEYS: [&str; 4] = [RESUME_KEY, JOB_KEY, ROLE_KEY, BAND_KEY];

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved value of a key, if any.
pub fn load_key(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves a value (an empty one removes the key); `false` when the browser
/// refuses (storage full or blocked).
pub fn save_key(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| {
        if value.is_empty() && key != RESUME_KEY {
            s.remove_item(key).is_ok()
        } else {
            s.set_item(key, value).is_ok()
        }
    })
}

/// The saved resume text, if any.
pub fn load() -> Option<String> {
    load_key(RESUME_KEY)
}

/// Saves the resume text.
pub fn save(text: &str) -> bool {
    save_key(RESUME_KEY, text)
}

/// Erases everything Bulletproof stored.
pub fn forget() {
    if let Some(s) = storage() {
        for key in ALL_KEYS {
            let _ = s.remove_item(key);
        }
    }
}
