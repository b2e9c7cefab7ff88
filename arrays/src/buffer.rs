//! `Buffer`: the owned, 16-byte aligned bytes behind arrays, shared by views through `Rc`.
//!
//! Views alias one buffer: a write through any view is seen by all. The bytes live in an
//! `UnsafeCell`, and every access copies bytes in or out through a raw pointer after a bounds
//! check, so no Rust reference to the bytes ever outlives a single call. That keeps aliasing
//! writes sound in this single-threaded design (`Buffer` is neither `Send` nor `Sync`).

use std::cell::UnsafeCell;

/// One 16-byte aligned chunk; the buffer is a vector of these so its start is 16-byte aligned.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Chunk([u8; 16]);

/// Owned, zero-initialised, 16-byte aligned bytes with interior mutability.
pub struct Buffer {
    chunks: UnsafeCell<Vec<Chunk>>,
    len: usize,
}

impl std::fmt::Debug for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Buffer({} bytes)", self.len)
    }
}

impl Buffer {
    /// A buffer of `len` zero bytes.
    pub fn zeroed(len: usize) -> Buffer {
        let chunks = vec![Chunk::default(); len.div_ceil(16).max(1)];
        Buffer {
            chunks: UnsafeCell::new(chunks),
            len,
        }
    }

    /// A buffer holding a copy of `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Buffer {
        let buffer = Buffer::zeroed(bytes.len());
        buffer.write_bytes(0, bytes);
        buffer
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the buffer holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Raw pointer to the first byte (16-byte aligned), for the JIT and `__array_interface__`.
    /// Valid while the buffer lives; the buffer never reallocates.
    pub fn data_ptr(&self) -> *mut u8 {
        // SAFETY: `get` yields a valid pointer to the vector; we only read its data pointer,
        // and the vector is never resized after construction.
        unsafe { (*self.chunks.get()).as_mut_ptr() as *mut u8 }
    }

    /// Copies `out.len()` bytes starting at byte `offset` into `out`.
    ///
    /// Panics only on an out-of-bounds range, which array invariants rule out.
    pub fn read_bytes(&self, offset: usize, out: &mut [u8]) {
        let end = offset
            .checked_add(out.len())
            .expect("buffer offset overflow");
        assert!(end <= self.len, "buffer read out of bounds");
        // SAFETY: the range [offset, end) lies inside the allocation (checked above), the
        // destination is a distinct Rust slice, and no reference into the buffer is alive.
        unsafe {
            std::ptr::copy_nonoverlapping(self.data_ptr().add(offset), out.as_mut_ptr(), out.len())
        }
    }

    /// Copies `bytes` into the buffer starting at byte `offset`.
    ///
    /// Panics only on an out-of-bounds range, which array invariants rule out.
    pub fn write_bytes(&self, offset: usize, bytes: &[u8]) {
        let end = offset
            .checked_add(bytes.len())
            .expect("buffer offset overflow");
        assert!(end <= self.len, "buffer write out of bounds");
        // SAFETY: the range lies inside the allocation (checked above); `bytes` cannot alias
        // the buffer because no reference into the buffer is ever handed out.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.data_ptr().add(offset), bytes.len())
        }
    }

    /// A copy of bytes `[offset, offset + len)`.
    pub fn to_vec(&self, offset: usize, len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        self.read_bytes(offset, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_and_shared_writes() {
        let b = Buffer::zeroed(24);
        assert_eq!(b.data_ptr() as usize % 16, 0);
        b.write_bytes(8, &[1, 2, 3]);
        assert_eq!(b.to_vec(7, 5), vec![0, 1, 2, 3, 0]);
        assert_eq!(Buffer::zeroed(0).len(), 0);
    }
}
