//! The clerk's form as the real binary in a pseudo-terminal: answers edited in place, the
//! results and the QR code beside them, `n` for the next customer, and a narrow window.

use crate::common::pty::{ENTER, Session, TAB};

#[test]
fn a_customer_at_the_counter_and_then_the_next() {
    let mut s = Session::spawn(&["--counter"], &[], 120, 40);
    s.wait_for("hosho: counter");
    s.wait_for("Not decided yet");
    s.send("1");
    s.wait_for("IIJmio ");
    // The number goes on to the model.
    s.send("15 pro");
    s.wait_for("Skip the warranty");
    s.wait_for("Scan to take this summary");
    // Off the model's text field, n is the next customer, once the clerk says yes.
    s.send(TAB);
    s.send("n");
    s.wait_for("Clear every answer");
    s.send("y");
    s.wait_for("Not decided yet");
    s.wait_for("Enter a model or a price");
    assert!(!s.screen().contains("iPhone 15 Pro"), "{}", s.screen());
    // Narrower: the results are one key away.
    s.resize(100, 30);
    s.wait_for("Enter results");
    // Incomplete: Enter goes to what is missing, not to an empty page.
    s.send(ENTER);
    s.wait_for("Enter results");
    s.send("45800");
    s.wait_for("¥45,800");
    s.send(ENTER);
    s.wait_for("Enter QR code");
    s.send("q");
    s.send("y");
    assert_eq!(s.wait_exit(), 0);
}
