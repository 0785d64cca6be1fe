report-title = hosho: device warranty advice
report-date = Advice of { $today } for { $months } { $months ->
    [one] month
   *[other] months
}; tables as of { $as_of }.
report-basis = Figures for { $months } { $months ->
    [one] month
   *[other] months
} at { $damage } damage, { $water } { $water ->
    [one] water incident
   *[other] water incidents
} and { $gone } { $gone ->
    [one] phone
   *[other] phones
} lost or stolen a year{ $tried ->
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
tables-intro = Numbers such as [1] refer to the sources at the end; the month after each is the figure's date.
tables-cite = { $refs }, { $as_of }
tables-section-plans = ■ Carriers' plans ({ $count })
tables-section-carriers = ■ Carriers ({ $count })
tables-section-apart = ■ Cover bought apart from any carrier ({ $count })
tables-section-devices = ■ Device catalog ({ $count } models)
tables-section-repairs = ■ Repair prices without a plan (tax included)
tables-section-risk = ■ How often phones break (a year)
tables-section-thresholds = ■ Figures the advice rests on
tables-section-sources = ■ Sources
tables-row-for = For
tables-row-fee = Monthly fee
tables-row-billing = Billing
tables-row-claims = Claims
tables-row-cap = Cap
tables-row-natural = Natural failure
tables-row-copay = You pay
tables-row-conflict = Conflict
tables-row-note = Note
tables-list-sep = , {""}
tables-for = { $way } ({ $os })
tables-way = { $way ->
    [buy_new] new devices bought from { $carrier }
    [buy_used] used devices bought from { $carrier }
   *[bring_own] devices you bring
}
tables-fee-range = { $low } to { $high } by model ({ $used } used in the sums)
tables-fee-tier = { $tier ->
    [pro] top models (Pro, Pro Max, XS, Air)
    [plus] Plus models
    [se] iPhone SE
    [standard] standard models
   *[other] other models
}: { $fee }
tables-billing = from month { $month }; first month { $start }; cancellation month { $cancel }
tables-billing-from-start = once a month from the day it starts (12 months are 12 payments)
tables-with-battery = { $text }, battery service with it
tables-fee-nearest = { $fee } (nearest model, to confirm)
tables-claims = from month { $month }; { $uses ->
    [none] no limit on uses
    [one] { $uses } use a year
   *[other] { $uses } uses a year
}
tables-cap = { $cap } per use
tables-natural = covered for { $months } { $months ->
    [one] month
   *[other] months
} from { $from ->
    [release] the model's release
    [release_year_end] the end of the model's release year
   *[start] the start
}
tables-natural-always = covered while the plan lasts
tables-natural-none = not covered
tables-benefit = { $kinds }: { $first } the first use, { $later } the next{ $capped ->
    [yes] , plus any repair price over the cap
   *[no] {""}
}{ $exchange ->
    [none] {""}
   *[other] ; or { $exchange }
}
tables-benefit-pays = { $kinds }: { $paid } toward a new phone; the rest of its price is yours
tables-pays-up-to = up to { $yen } (the price, if lower)
tables-pays-share = { $share }% of the phone's price
tables-exchange = an exchange ({ $first } the first, { $later } the next)
tables-only-os = { $os }: { $text }
tables-only-models = { $text } (for { $models })
tables-conflict = { $about }: { $same ->
    [yes] the same source { $official_src } also says { $other }; { $official } is used
   *[no] { $other_src } says { $other }; { $official } from { $official_src } is used
}
tables-proration-full = charged whole
tables-proration-byday = charged by the day
tables-col-model = Model
tables-col-os = OS
tables-col-released = Released
tables-col-price = Launch price
tables-col-linemo = AppleCare Services fee (LINEMO, Y!mobile)
tables-col-applecare = AppleCare+ fee
tables-col-source = Source, date
tables-col-repair = Model or band
tables-devices-note = Prices are the launch price of the smallest storage, tax included. "asked": no source gives the model's Japanese launch price, so hosho asks for it. "to confirm": no source gives the model's fee; "nearest model": the fee of its nearest model family is used until a list names it.
tables-price-asked = asked
tables-from-band = as its band
tables-band = { $os } launched at up to { $price }
tables-band-over = { $os } launched at over { $price }
tables-repair-warranty = While AppleCare+ or a like warranty lasts
tables-street = Street repair shop: screen { $screen }, diagnosis { $diagnosis }
tables-repairs-note = Water damage and natural failure are priced as other damage.
tables-prior = { $rate }% a year, adjusted by your count over the last 2 years (weighed as { $weight } { $weight ->
    [one] year
   *[other] years
})
tables-risk-damage = Damage
tables-risk-water = Water
tables-risk-natural = Natural failure
tables-risk-gone = Lost or stolen, not got back
tables-risk-theft = Thefts among them
tables-theft-share = { $share }%; the rest are losses
tables-natural-rate = { $early }% a year for the first { $months } { $months ->
    [one] month
   *[other] months
}, then { $late }%; { $battery }% of it battery wear
tables-split = Damage by part ({ $os })
tables-split-shares = screen { $screen }%, back glass { $back }%, other { $other }%
tables-protection = damage ×{ $damage }, water ×{ $water }
tables-months = { $n } { $n ->
    [one] month
   *[other] months
}
tables-days = { $n } { $n ->
    [one] day
   *[other] days
}
tables-within = within { $pct }% of each other
tables-worst = the mean of the worst { $pct }%
tables-threshold-cheap_device = Cheaper to replace than to insure (at or under)
tables-threshold-expensive_device = Dear enough that the sources advise joining (over)
tables-threshold-spare_phone = A spare phone bought when switching
tables-threshold-cheap_phone = A cheap new phone (replaces a broken spare)
tables-threshold-about_same = Costs count as about the same
tables-threshold-review_after_months = Review a plan after
tables-threshold-overlap_soon_months = A warranty in force "ends soon" within
tables-threshold-old_device_months = A device is old after (from release)
tables-threshold-maker_warranty_months = The maker's warranty (from purchase)
tables-threshold-bad_case_quantile = The bad case
tables-threshold-stale_after_months = Warn that the tables are old after
tables-threshold-fee_source_stale_months = Warn that a fee's source is old after
kind-screen = screen
kind-back_glass = back glass
kind-water = water
kind-other = other damage
kind-natural = natural failure
kind-battery = battery wear
kind-theft = theft
kind-lost = loss
validate-ok = The tables are sound: { $files } files, { $plans } plans, { $devices } devices, { $sources } sources.
validate-origin = { $file }: { $origin }
validate-built-in = built in
source-assumption = hosho's assumption
source-kind-official = official page
source-kind-press_release = press release
source-kind-news = news
source-kind-blog = blog
source-kind-survey = survey
source-kind-price_list = price list
source-kind-dataset = dataset
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
source-undated = undated, read { $read }
condition-line = { $option } ({ $level }): { $text }
tables-carrier = { $cover }{ $sells ->
    [no] ; sells no devices
   *[yes] {""}
}
tables-carrier-offered = cover for a device you bring: { $plans }
tables-carrier-closed = cover for a device you bring closed to new sign-ups in { $since }
tables-carrier-never = no cover for a device you bring
tables-row-join = Joining
tables-join-signup = only with the line's sign-up, never later
tables-join-anytime = at any time while a customer
tables-join-apart = bought apart from the carrier, within its purchase window
tables-join-apart-covered = bought apart from the carrier, within its purchase window, or later while a paid warranty covers the phone
tables-row-variant = Plan priced
tables-row-variant-other = Other plan
tables-variant = { $name }: { $fee } a month
tables-row-cover-until = Cover ends
tables-cover-until = { $months } { $months ->
    [one] month
   *[other] months
} from { $from ->
    [release] the model's release
    [release_year_end] the end of the model's release year
   *[start] the start
}
tables-yearly-limit = { $yen } a year in all
tables-two-years = { $text } ({ $yen } for 2 years paid at once)
tables-row-step = Steps
tables-step = { $step }: { $figures }
tables-step-register_imei = register the IMEI within
tables-step-linemo_apply_window = apply online within (counting the contract day)
tables-step-register_imei_photos = register the IMEI and photos within
tables-step-return_old_device = return a broken device within, or pay
tables-step-return_loaner = return a loaner within, or pay (by its worth)
tables-step-buy_within_purchase_window = buy within, from the purchase
fee-at-once = { $yen } for 2 yrs

# The answers a report rests on, at its top
answers-title = Your answers
answers-unknown = unknown
answers-not-listed = a model not in the catalog
answers-device = Device: { $model } ({ $os ->
    [ios] iOS
   *[android] Android
}), { $source ->
    [buy_new] bought new from the carrier with the line
    [buy_used] bought used from the carrier with the line
   *[bring_own] your own phone, brought along
}
answers-price = Price: { $price }{ $catalog ->
    [yes] {" "}(its launch price, from the catalog)
   *[no] {""}
}
answers-dates = Released: { $released }; bought: { $bought }
answers-carrier = Carrier: { $decided ->
    [yes] { $carrier }
   *[no] not decided yet (every carrier compared)
}
answers-customer = ; already a customer of { $list }
answers-history = Broken in the last 2 years: { $damage } by a drop or knock, { $water } by water; lost or stolen: { $gone }; protection: { $protection ->
    [bare] no case
    [case_and_film] a case and a screen film
    [rugged] a rugged case
   *[case] a case
}
answers-warranty = { $os ->
    [ios] AppleCare+ or another warranty
   *[android] Another warranty
}: { $known ->
    [yes] until { $until }
   *[no] none
}
answers-horizon = Keeping it { $months } { $months ->
    [one] month
   *[other] months
}; weighing { $risk ->
    [averse] an unlucky run of accidents
   *[neutral] the average cost over the years
}
answers-also = Also: { $list }
answers-fee = Monthly fee of 持込端末保証 with AppleCare Services, as given: { $fee }
bundle-written = Bundle { $bundle } (tables of { $as_of }) written to { $out }.
