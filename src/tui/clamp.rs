//! The drawn area, bounded: a window reported as 65535 x 65535 would make every frame buffer
//! hundreds of gigabytes. Screens larger than [`MAX_COLS`] x [`MAX_ROWS`] are drawn in their
//! top-left corner.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// The widest area drawn.
pub const MAX_COLS: u16 = 400;
/// The tallest area drawn.
pub const MAX_ROWS: u16 = 200;

/// A size within the bounds.
pub fn clamp(cols: u16, rows: u16) -> (u16, u16) {
    (cols.min(MAX_COLS), rows.min(MAX_ROWS))
}

/// A backend that reports its size within the bounds, and passes everything else on.
pub struct Clamped<B>(pub B);

impl<B: Backend> Backend for Clamped<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.0.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        let s = self.0.size()?;
        let (width, height) = clamp(s.width, s.height);
        Ok(Size { width, height })
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        let mut w = self.0.window_size()?;
        let (width, height) = clamp(w.columns_rows.width, w.columns_rows.height);
        w.columns_rows = Size { width, height };
        Ok(w)
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;

    #[test]
    fn a_vast_window_is_drawn_in_bounds() {
        assert_eq!(clamp(65535, 65535), (MAX_COLS, MAX_ROWS));
        assert_eq!(clamp(80, 24), (80, 24));
        let backend = Clamped(TestBackend::new(1000, 300));
        let s = backend.size().unwrap();
        assert_eq!((s.width, s.height), (MAX_COLS, MAX_ROWS));
    }
}
