//! `PyDict`: an insertion-ordered hash map keyed by Python values.
//!
//! Hashing and key equality are Python operations (they may call `__hash__`/`__eq__`), so the map
//! never hashes or compares by itself: callers pass the hash and an equality callback.

use crate::exceptions::PyResult;
use crate::value::Value;
use hashbrown::HashTable;

/// An insertion-ordered dict. Removed entries leave a hole until the next compaction.
#[derive(Default, Clone)]
pub struct PyDict {
    entries: Vec<Option<(Value, Value)>>,
    hashes: Vec<u64>,
    table: HashTable<usize>,
    len: usize,
}

impl PyDict {
    /// An empty dict.
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds the entry index of a key with hash `hash` for which `eq(key)` holds.
    pub fn find(
        &self,
        hash: u64,
        eq: &mut dyn FnMut(&Value) -> PyResult<bool>,
    ) -> PyResult<Option<usize>> {
        let mut err = None;
        let found = self.table.find(hash, |&idx| {
            if err.is_some() || self.hashes[idx] != hash {
                return false;
            }
            match &self.entries[idx] {
                Some((k, _)) => match eq(k) {
                    Ok(b) => b,
                    Err(e) => {
                        err = Some(e);
                        false
                    }
                },
                None => false,
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        Ok(found.copied())
    }

    /// The entry at `idx` (from `find`).
    pub fn entry(&self, idx: usize) -> Option<&(Value, Value)> {
        self.entries.get(idx).and_then(|e| e.as_ref())
    }

    /// Replaces the value at `idx`.
    pub fn set_value(&mut self, idx: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(idx) {
            e.1 = value;
        }
    }

    /// Appends a new entry (the caller checked that the key is absent).
    pub fn push(&mut self, hash: u64, key: Value, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Some((key, value)));
        self.hashes.push(hash);
        let hashes = &self.hashes;
        self.table.insert_unique(hash, idx, |&i| hashes[i]);
        self.len += 1;
    }

    /// Removes the entry at `idx`, returning it.
    pub fn remove_at(&mut self, idx: usize) -> Option<(Value, Value)> {
        let e = self.entries.get_mut(idx)?.take()?;
        let hash = self.hashes[idx];
        if let Ok(slot) = self.table.find_entry(hash, |&i| i == idx) {
            slot.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        let old_hashes = std::mem::take(&mut self.hashes);
        self.table.clear();
        self.len = 0;
        for (e, h) in old.into_iter().zip(old_hashes) {
            if let Some((k, v)) = e {
                self.push(h, k, v);
            }
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        *self = PyDict::default();
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &(Value, Value)> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Entries with their stored hashes, in insertion order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (u64, &(Value, Value))> {
        self.entries
            .iter()
            .zip(self.hashes.iter())
            .filter_map(|(e, h)| e.as_ref().map(|e| (*h, e)))
    }

    /// Keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }

    /// Values in order.
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let idx = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(idx)
    }
}
