//! The sample resume the app shows on a first visit: a distributed-systems
//! engineer, written for this project, with strong and weak bullets so the
//! checker has something to say.

pub const SAMPLE_RESUME: &str = include_str!("sample_resume.txt");
