//! Laying formatted elements out as nested brackets, as NumPy's `_formatArray` (non-legacy):
//! rows wrap at the line width with a hanging indent, n-d blocks are separated by
//! `ndim - axis - 1` newlines, and summarised axes show their edge items around `...`.
//!
//! Elements are addressed by their flat C-order index, so the array type stays outside.

/// Flat C-order indices of the elements a summarised array shows (NumPy's `_leading_trailing`):
/// along every axis longer than `2 * edge_items` only the first and last `edge_items`.
/// (With `edge_items == 0` NumPy's `a[-0:]` keeps the whole axis, and so does this.)
pub(crate) fn summary_indices(shape: &[usize], edge_items: usize) -> Vec<usize> {
    let mut indices = vec![0usize];
    for &len in shape {
        let kept: Vec<usize> = if len > 2 * edge_items && edge_items > 0 {
            (0..edge_items).chain(len - edge_items..len).collect()
        } else {
            (0..len).collect()
        };
        let mut next = Vec::with_capacity(indices.len() * kept.len());
        for base in &indices {
            for k in &kept {
                next.push(base.saturating_mul(len).saturating_add(*k));
            }
        }
        indices = next;
    }
    indices
}

/// Appends `word` to `line`, first moving `line` into `out` and starting a new line with
/// `next_line_prefix` if the word would pass `line_width` (unless the line holds only the
/// prefix, where wrapping would not help).
fn extend_line(
    out: &mut String,
    line: &mut String,
    word: &str,
    line_width: i64,
    next_line_prefix: &str,
) {
    let needs_wrap =
        (line.len() + word.len()) as i64 > line_width && line.len() > next_line_prefix.len();
    if needs_wrap {
        out.push_str(line.trim_end());
        out.push('\n');
        line.clear();
        line.push_str(next_line_prefix);
    }
    line.push_str(word);
}

/// Everything the recursion needs besides the position.
pub(crate) struct Layout<'a> {
    /// The array's shape.
    pub(crate) shape: &'a [usize],
    /// Formats the element at a flat C-order index.
    pub(crate) format_element: &'a dyn Fn(usize) -> String,
    /// Element separator: `" "` for str, `", "` for repr.
    pub(crate) separator: &'a str,
    /// Items shown at each end of a summarised axis.
    pub(crate) edge_items: usize,
    /// Whether the array is summarised (its size exceeds the threshold).
    pub(crate) summarise: bool,
}

impl Layout<'_> {
    /// Formats the whole array: `line_width` already excludes the suffix, `next_line_prefix`
    /// is one space plus the width of any prefix such as `array(`.
    pub(crate) fn format(&self, line_width: i64, next_line_prefix: &str) -> String {
        let strides = c_strides(self.shape);
        self.recurse(0, 0, &strides, next_line_prefix, line_width)
    }

    fn recurse(
        &self,
        axis: usize,
        offset: usize,
        strides: &[usize],
        hanging_indent: &str,
        width: i64,
    ) -> String {
        let ndim = self.shape.len();
        if axis >= ndim {
            return (self.format_element)(offset);
        }
        let axes_left = ndim - axis;
        let len = self.shape[axis];
        if len == 0 {
            return "[]".to_string();
        }
        let stride = strides[axis];
        let next_indent = format!("{hanging_indent} ");
        let next_width = width - 1;
        let show_summary = self.summarise && 2 * self.edge_items < len;
        let (leading, trailing) = if show_summary {
            (self.edge_items, self.edge_items)
        } else {
            (0, len)
        };
        // Positions in display order; `None` marks the `...` of a summarised axis. The last
        // element is always shown, even when `edge_items` is 0.
        let mut positions: Vec<Option<usize>> = (0..leading).map(Some).collect();
        if show_summary {
            positions.push(None);
        }
        positions.extend((2..=trailing).rev().map(|i| Some(len - i)));
        positions.push(Some(len - 1));

        let mut out = String::new();
        if axes_left == 1 {
            let elem_width = width - self.separator.trim_end().len().max(1) as i64;
            let mut line = hanging_indent.to_string();
            let count = positions.len();
            for (n, pos) in positions.into_iter().enumerate() {
                let word = match pos {
                    Some(i) => self.recurse(
                        axis + 1,
                        offset.saturating_add(i.saturating_mul(stride)),
                        strides,
                        &next_indent,
                        next_width,
                    ),
                    None => "...".to_string(),
                };
                extend_line(&mut out, &mut line, &word, elem_width, hanging_indent);
                if n + 1 < count {
                    line.push_str(self.separator);
                }
            }
            out.push_str(&line);
        } else {
            let line_sep = format!(
                "{}{}",
                self.separator.trim_end(),
                "\n".repeat(axes_left - 1)
            );
            let count = positions.len();
            for (n, pos) in positions.into_iter().enumerate() {
                out.push_str(hanging_indent);
                match pos {
                    Some(i) => out.push_str(&self.recurse(
                        axis + 1,
                        offset.saturating_add(i.saturating_mul(stride)),
                        strides,
                        &next_indent,
                        next_width,
                    )),
                    None => out.push_str("..."),
                }
                if n + 1 < count {
                    out.push_str(&line_sep);
                }
            }
        }
        format!("[{}]", &out[hanging_indent.len().min(out.len())..])
    }
}

/// Element strides (not bytes) of a C-ordered array of `shape`.
fn c_strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1usize; shape.len()];
    for axis in (0..shape.len().saturating_sub(1)).rev() {
        strides[axis] = strides[axis + 1].saturating_mul(shape[axis + 1]);
    }
    strides
}
