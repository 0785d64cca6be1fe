report-title = hosho: device warranty advice
report-date = Advice of { $today } for { $months } { $months ->
    [one] month
   *[other] months
}; tables as of { $as_of }.
report-basis = Figures for { $months } { $months ->
    [one] month
   *[other] months
} at { $damage } damage and { $water } { $water ->
    [one] water incident
   *[other] water incidents
} a year{ $tried ->
    [yes] , with breakage tried at ×{ $factor }
   *[no] {""}
}.
report-reasons = Why
report-options = Options
report-steps = Next steps
report-warnings = Please note
report-sources = Sources
report-gates = Conditions
col-option = Option
col-monthly = Monthly
col-fees = Fees
col-expected = Expected over { $months } { $months ->
    [one] month
   *[other] months
}
col-bad-case = Bad case over { $months } { $months ->
    [one] month
   *[other] months
}
col-break-even = Break-even
col-eligible = Open to you
value-yes = yes
value-no = no
value-soft = check
value-none = -
break-even-value = { $count } { $count ->
    [one] incident
   *[other] incidents
}
due-label = by { $date }
level-hard = not eligible
level-soft = to confirm
tables-title = hosho: the tables in force (as of { $as_of })
tables-plans = Plans
tables-fee = Monthly fee
tables-billing = Billing from month { $month }; first month { $start }; cancellation month { $cancel }
tables-cover = Claims from month { $month }; { $uses } { $uses ->
    [one] use
   *[other] uses
} a year
tables-cap = Cap per use: { $cap }
tables-natural = Natural failure covered for { $months } { $months ->
    [one] month
   *[other] months
} from { $from ->
    [release] the model's release
   *[start] the start
}
tables-natural-always = Natural failure covered while the plan lasts
tables-natural-none = Natural failure not covered
tables-benefit = { $kinds }: { $first } first use, { $later } next{ $capped ->
    [yes] , plus any repair price over the cap
   *[no] {""}
}{ $exchange ->
    [none] {""}
   *[other] ; or an exchange at { $exchange }
}
tables-conflict = Conflict: "{ $other_src }" says { $other }; the official { $official } ("{ $official_src }") is used
tables-assumption = Assumption: { $id } ({ $src })
tables-proration-full = charged whole
tables-proration-byday = charged by the day
tables-devices = Device catalog
tables-repairs = Repair prices without a plan (screen / back glass / other)
tables-risk = Incident rates (a year)
tables-risk-damage = Damage prior { $rate }, weight { $weight } { $weight ->
    [one] year
   *[other] years
} ({ $src }, { $as_of })
tables-risk-water = Water prior { $rate }, weight { $weight } { $weight ->
    [one] year
   *[other] years
} ({ $src }, { $as_of })
tables-risk-natural = Natural failure { $early } a year for the first { $months } { $months ->
    [one] month
   *[other] months
}, then { $late } ({ $src }, { $as_of })
tables-thresholds = Thresholds
tables-sources = Sources
kind-screen = screen
kind-back_glass = back glass
kind-water = water
kind-other = other damage
kind-natural = natural failure
kind-battery = battery wear
validate-ok = The tables are sound: { $files } files, { $plans } plans, { $devices } devices, { $sources } sources.
validate-origin = { $file }: { $origin }
validate-built-in = built in
source-assumption = hosho's assumption
source-kind-official = official page
source-kind-press_release = press release
source-kind-blog = blog
source-kind-survey = survey
source-kind-price_list = price list
source-kind-assumption = hosho's assumption
report-key = Fees: the plan's monthly fees, or the spare phone's price. Expected: the average total of fees and repairs. Bad case: the average of the worst { $percent }% of outcomes. Break-even: how many incidents in { $months } { $months ->
    [one] month
   *[other] months
} make joining pay. Open to you: whether this device can join.
cite-refs = see { $refs }
cite-refs-assumed = see { $refs }; hosho's assumption
source-entry = { $known ->
    [yes] { $publisher }{ ", " }
   *[no] {""}
}"{ $title }" ({ $kind }, { $date }).
source-entry-assumption = hosho's assumption: where no source gives a figure, hosho assumes one; `hosho tables` shows the note behind each.
source-unnamed = an unnamed source
condition-line = { $option } ({ $level }): { $text }
