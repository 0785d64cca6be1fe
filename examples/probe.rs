use hosho::answers::Answers;
use hosho::calendar::Date;
use hosho::engine;
use hosho::tables::Tables;
fn main() {
    let t = Tables::built_in().unwrap();
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let p = Answers::parse(&text).unwrap().resolve(&text, &t, Date::today_local()).unwrap();
    for (s, _) in engine::option_specs(&p, &t, engine::WhatIf::default()) {
        let t0 = std::time::Instant::now();
        let mut q = 0.0; for _ in 0..100 { q = engine::quantile::incident_quantile(&s, 0.9); }
        let t1 = t0.elapsed() / 100;
        let t0 = std::time::Instant::now();
        let e: f64 = engine::cost::expected_by_month(&s).iter().sum();
        println!("{:12} q={q:.0} {:?}  e={e:.0} {:?}", s.id, t1, t0.elapsed());
    }
    let t0 = std::time::Instant::now();
    let mut n = 0;
    while t0.elapsed().as_millis() < 500 { engine::advise(&p, &t); n += 1; }
    println!("advise {:?}", t0.elapsed() / n);
}
