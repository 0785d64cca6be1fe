//! The drawn area, bounded: a window reported as 65535 x 65535 would make every frame buffer
//! hundreds of gigabytes. Screens larger than [`MAX_COLS`] x [`MAX_ROWS`] are drawn in their
//! top-left corner.
//!
//! Nor does it ask the terminal where its cursor is: the answer is read from the terminal's
//! input, which may never come (a terminal that does not answer, or has hung up), so the
//! position last set is given instead: a full-screen program always knows it.

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

/// A backend that reports its size within the bounds and its cursor where it was last put, and
/// passes everything else on.
pub struct Clamped<B> {
    inner: B,
    cursor: Position,
}

impl<B> Clamped<B> {
    /// Wraps a backend whose cursor is at the top-left corner (a screen just entered).
    pub fn new(inner: B) -> Clamped<B> {
        Clamped {
            inner,
            cursor: Position::ORIGIN,
        }
    }
}

impl<B: Backend> Backend for Clamped<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(self.cursor)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        let position = position.into();
        self.inner.set_cursor_position(position)?;
        self.cursor = position;
        Ok(())
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        let s = self.inner.size()?;
        let (width, height) = clamp(s.width, s.height);
        Ok(Size { width, height })
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        let mut w = self.inner.window_size()?;
        let (width, height) = clamp(w.columns_rows.width, w.columns_rows.height);
        w.columns_rows = Size { width, height };
        Ok(w)
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
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
        let backend = Clamped::new(TestBackend::new(1000, 300));
        let s = backend.size().unwrap();
        assert_eq!((s.width, s.height), (MAX_COLS, MAX_ROWS));
    }

    /// A terminal that never answers where its cursor is: asking it fails the test.
    struct NoAnswer(TestBackend);

    impl Backend for NoAnswer {
        type Error = <TestBackend as Backend>::Error;
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
            panic!("the terminal was asked where its cursor is")
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
            self.0.set_cursor_position(p)
        }
        fn clear(&mut self) -> Result<(), Self::Error> {
            self.0.clear()
        }
        fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
            self.0.clear_region(clear_type)
        }
        fn size(&self) -> Result<Size, Self::Error> {
            self.0.size()
        }
        fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
            self.0.window_size()
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            self.0.flush()
        }
    }

    #[test]
    fn the_cursor_is_where_it_was_put_without_asking_the_terminal() {
        let mut backend = Clamped::new(NoAnswer(TestBackend::new(80, 24)));
        assert_eq!(backend.get_cursor_position().unwrap(), Position::ORIGIN);
        backend.set_cursor_position((7, 3)).unwrap();
        assert_eq!(backend.get_cursor_position().unwrap(), Position::new(7, 3));
        // ratatui's clear keeps the cursor where it was by asking for it.
        let mut terminal = ratatui::Terminal::new(backend).unwrap();
        terminal.set_cursor_position((5, 2)).unwrap();
        terminal.clear().unwrap();
        assert_eq!(terminal.get_cursor_position().unwrap(), Position::new(5, 2));
    }
}
