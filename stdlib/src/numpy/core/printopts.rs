//! The current print options (`np.set_printoptions` / `np.get_printoptions`), a thread-local
//! read by every `str`/`repr` of arrays and scalars.

use mnpy_arrays::print::PrintOptions;
use std::cell::RefCell;

thread_local! {
    static OPTIONS: RefCell<PrintOptions> = RefCell::new(PrintOptions::default());
}

/// The print options in effect.
pub fn print_options() -> PrintOptions {
    OPTIONS.with(|o| o.borrow().clone())
}

/// Replaces the print options, returning the previous ones.
pub fn set_print_options(new: PrintOptions) -> PrintOptions {
    OPTIONS.with(|o| std::mem::replace(&mut *o.borrow_mut(), new))
}
