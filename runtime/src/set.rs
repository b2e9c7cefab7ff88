//! `PySet`: the open-addressing table behind `set` and `frozenset`, probing, growing and
//! iterating in the same order as CPython's set, so printed sets match CPython's.
//!
//! Like `PyDict`, the table never hashes or compares by itself: callers pass the hash and an
//! equality callback (Python equality may run user code).

use crate::exceptions::PyResult;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

/// A hash set of Python values in CPython's table order.
#[derive(Clone)]
pub struct PySet {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

enum Probe {
    Found(usize),
    Free(usize, bool),
}

impl PySet {
    /// An empty set.
    pub fn new() -> PySet {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    fn probe(&self, hash: i64, eq: &mut dyn FnMut(&Value) -> PyResult<bool>) -> PyResult<Probe> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => {
                        return Ok(match freeslot {
                            Some(f) => Probe::Free(f, true),
                            None => Probe::Free(j, false),
                        })
                    }
                    Slot::Active(h, k) => {
                        if *h == hash && eq(k)? {
                            return Ok(Probe::Found(j));
                        }
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// True when a member equal to the key (per `eq`) with this hash exists.
    pub fn contains(
        &self,
        hash: i64,
        eq: &mut dyn FnMut(&Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        Ok(matches!(self.probe(hash, eq)?, Probe::Found(_)))
    }

    /// Adds a key; returns false when it was already present.
    pub fn add(
        &mut self,
        hash: i64,
        key: Value,
        eq: &mut dyn FnMut(&Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        match self.probe(hash, eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Free(slot, was_dummy) => {
                self.table[slot] = Slot::Active(hash, key);
                self.used += 1;
                if !was_dummy {
                    self.fill += 1;
                    if self.fill * 5 >= self.mask() * 3 {
                        let target = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(target);
                    }
                }
                Ok(true)
            }
        }
    }

    /// Removes a key; returns whether it was present.
    pub fn discard(
        &mut self,
        hash: i64,
        eq: &mut dyn FnMut(&Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        match self.probe(hash, eq)? {
            Probe::Found(slot) => {
                self.table[slot] = Slot::Dummy;
                self.used -= 1;
                Ok(true)
            }
            Probe::Free(..) => Ok(false),
        }
    }

    /// Removes and returns an arbitrary member (CPython's `set.pop` order).
    pub fn pop(&mut self) -> Option<Value> {
        let idx = self
            .table
            .iter()
            .position(|s| matches!(s, Slot::Active(..)))?;
        match std::mem::replace(&mut self.table[idx], Slot::Dummy) {
            Slot::Active(_, v) => {
                self.used -= 1;
                Some(v)
            }
            _ => None,
        }
    }

    /// Grows (or rebuilds) the table for at least `min_used` members.
    pub fn resize(&mut self, min_used: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= min_used {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = 0;
        self.used = 0;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if matches!(self.table[i], Slot::Empty) {
                break;
            }
            let mut found = None;
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(self.table[i + j], Slot::Empty) {
                        found = Some(i + j);
                        break;
                    }
                }
            }
            if let Some(j) = found {
                i = j;
                break;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.table[i] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
    }

    /// Makes room for `extra` more members at once (as CPython does before merging).
    pub fn reserve_for_merge(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// A new set with the same members, laid out as CPython lays out a copy merged into an
    /// empty set (`set(s)`, `s.copy()`, the left copy of `s | t`): the slots are copied when the
    /// sizes match and there are no dummies, otherwise the members are reinserted in table order.
    pub fn fresh_copy(&self) -> PySet {
        let mut out = PySet::new();
        if self.used == 0 {
            return out;
        }
        out.reserve_for_merge(self.used);
        if out.table.len() == self.table.len() && self.fill == self.used {
            out.table = self.table.clone();
            out.fill = self.fill;
            out.used = self.used;
            return out;
        }
        for slot in &self.table {
            if let Slot::Active(h, k) = slot {
                out.insert_clean(*h, k.clone());
            }
        }
        out
    }

    /// True when no slot was ever filled since the table was made (CPython's `fill == 0`: no
    /// members and no dummies), the case in which merging copies the other table's layout.
    pub fn never_filled(&self) -> bool {
        self.fill == 0
    }

    /// Members with their hashes, in table order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, v) => Some((*h, v)),
            _ => None,
        })
    }

    /// Members in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.iter_hashed().map(|(_, v)| v)
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        *self = PySet::new();
    }
}
