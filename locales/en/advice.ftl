# Options
option-with-variant = { $option }, { $variant } plan
option-skip = No plan
option-buy_spare = No plan, with a cheap spare phone
option-buy_spare-over = { $any ->
    [yes] No plan, a spare instead of any repair
   *[no] No plan, a spare for any repair over { $over }
}

# Headlines: every figure is the options table's, over $months months. $total and $alt are
# expected totals, $bad and $alt_bad the bad case (the mean of the worst 1 in 10 outcomes).
headline-join = Join { $plan }: { $fee } a month. Over { $months } { $months ->
    [one] month
   *[other] months
} it is expected to cost { $total } in all, against { $alt } with no plan.{ $basis ->
    [badcase] {" "}In a bad case it costs { $bad }, against { $alt_bad } with no plan.
   *[expected] {""}
}
headline-join-review = Join { $plan } ({ $fee } a month) and review it after { $review } { $review ->
    [one] month
   *[other] months
}: over { $months } { $months ->
    [one] month
   *[other] months
} it costs about the same as no plan ({ $total } against { $alt }), and you can never join later.
headline-join-warranty = Join { $plan } ({ $fee } a month) now and review it when your current warranty ends in { $until }: this sign-up is the only chance to add it, and { $dearer ->
    [yes] though it costs { $extra } more over { $months } { $months ->
    [one] month
   *[other] months
} ({ $total } against { $alt } with no plan), it pays for itself once your current warranty ends.
   *[no] over { $months } { $months ->
    [one] month
   *[other] months
} it is expected to cost { $total }, against { $alt } with no plan.
}
headline-join-safer = Join { $plan } ({ $fee } a month) to guard against bad luck: on average it costs { $extra } ({ $percent }%) more over { $months } { $months ->
    [one] month
   *[other] months
} ({ $total } against { $alt } with no plan), but in a bad case { $bad } against { $alt_bad }.
headline-check = {" "}Before joining, { $check }.
headline-check-also = {" "}Also { $check }.
headline-skip = Skip the warranty. Going without is expected to cost { $total } over { $months } { $months ->
    [one] month
   *[other] months
}, against { $alt } with { $plan }.{ $basis ->
    [badcase] {" "}Even in a bad case it costs { $bad }, against { $alt_bad } with the plan.
   *[expected] {""}
}
headline-buy_apart = { $has_plan ->
    [yes] Don't add the carrier's warranty. Buy { $option } by { $until }{ $paid ->
        [yes] {" "}and pay { $lump } for two years at once{ $after ->
            [yes] {""}, monthly after that
           *[no] {""}
        }
       *[no] {""}
    }: { $total } over { $months } { $months ->
        [one] month
       *[other] months
    }, against { $alt } with { $plan }{ $only_now ->
        [yes] {""}, which can only be added now,
       *[no] {""}
    } and { $skip } with no cover.{ $basis ->
        [badcase] {" "}In a bad case it costs { $bad }, against { $alt_bad } with { $plan }.
       *[expected] {""}
    }
   *[no] Buy { $option } by { $until }{ $paid ->
        [yes] {" "}and pay { $lump } for two years at once{ $after ->
            [yes] {""}, monthly after that
           *[no] {""}
        }
       *[no] {""}
    }: { $total } over { $months } { $months ->
        [one] month
       *[other] months
    }, against { $skip } with no cover.{ $basis ->
        [badcase] {" "}In a bad case it costs { $bad }, against { $skip_bad } with no cover.
       *[expected] {""}
    }
}
headline-cover-ends = {" "}Its cover ends in { $until }: cancel it then ({ $kept } { $kept ->
    [one] month
   *[other] months
} of fees, as priced here).
headline-check-buy = {" "}Before buying it, { $check }.
headline-if-bought-since = {" "}If you bought the phone on { $since } or later, { $option } ({ $price }) costs less: { $total } over { $months } { $months ->
    [one] month
   *[other] months
}. Check the receipt.
headline-compared = {" "}{ $option } or { $plan }? Over { $months } { $months ->
    [one] month
   *[other] months
} { $option } is expected to cost { $total } (buy it by { $until }), { $plan } { $plan_total }.{ $basis ->
    [badcase] {" "}In a bad case, { $bad } against { $plan_bad }.
   *[expected] {""}
}
headline-skip-noplan = Skip the warranty: no plan is open to this device. Going without is expected to cost { $total } over { $months } { $months ->
    [one] month
   *[other] months
}.
headline-buy_spare = Skip the warranty and keep a cheap spare phone (about { $spare }) to use instead of any repair{ $any ->
    [yes] {""}
   *[no] {" "}over { $over }
}. With the spare, the expected cost over { $months } { $months ->
    [one] month
   *[other] months
} is { $total }, against { $alt } with { $plan }.{ $basis ->
    [badcase] {" "}Even in a bad case it costs { $bad }, against { $alt_bad } with the plan.
   *[expected] {""}
}
headline-buy_spare-noplan = Skip the warranty and keep a cheap spare phone (about { $spare }) to use instead of any repair{ $any ->
    [yes] {""}
   *[no] {" "}over { $over }
}: no plan is open to this device. With the spare, the expected cost over { $months } { $months ->
    [one] month
   *[other] months
} is { $total }.

# What to check before joining (the advised plan's soft gates), completing "Before joining, …".
check-gate_release_age = { $known ->
    [no] ask whether the model is accepted: its release month is unknown, and the guide is a model released within about { $months } { $months ->
    [one] month
   *[other] months
}
   *[yes] ask whether a model released { $age } { $age ->
    [one] month
   *[other] months
} ago is accepted (the guide is about { $months } { $months ->
    [one] month
   *[other] months
})
}
check-gate_linemo_fee_unknown = ask { $carrier } for this model's monthly fee: hosho assumed { $fee }, { $nearest ->
    [yes] the fee of its nearest model family
   *[no] the highest listed
}
check-gate_applecare_fee_unknown = check this model's AppleCare+ fee: hosho assumed { $fee }, { $nearest ->
    [yes] the fee of its nearest model family
   *[no] the highest listed
}
check-gate_double_cover = remember that with your current warranty still in force, one repair is paid by one cover only
check-gate_to_confirm = check the current fees and terms of { $plan } on { $apart ->
    [yes] the provider's
   *[no] { $carrier }'s
} official page (hosho's figures come from a blog or an undated page)
check-gate_carrier_list = check that the phone is on { $carrier }'s list of covered models
check-gate_damaged_now = have the damage repaired officially (by the maker or Apple): the device must be undamaged when it is registered

# Reasons
reason-cost_comparison = Over { $months } { $months ->
    [one] month
   *[other] months
}, { $plan } is expected to cost { $plan_total } in all, fees included; paying for every repair or new phone yourself, { $skip_total }.
reason-no_eligible_plan = No warranty plan is open to this device; paying for repairs yourself is expected to cost { $skip_total } over { $months } { $months ->
    [one] month
   *[other] months
}.
reason-risk_averse = You asked to guard against bad luck, so the options are also compared on the bad case: the average of the worst 1 in 10 outcomes over { $months } { $months ->
    [one] month
   *[other] months
}.
reason-dearer_but_safer = On average { $plan } costs { $extra } ({ $percent }%) more over { $months } { $months ->
    [one] month
   *[other] months
}, but in a bad case it costs { $bad } against { $alt_bad } with { $versus }: it is advised because you asked to guard against bad luck.
reason-warranty_overlap = Your current warranty runs until { $until }, and a device another warranty covers cannot claim: { $charged ->
    [no] { $plan } would only start to pay once it ends.
   *[yes] { $plan } would bill { $billed } { $billed ->
    [one] month
   *[other] months
} ({ $fees }) while it cannot be used.
}
reason-join_before_cover_ends = Your current warranty runs until { $until }: { $charged ->
    [no] { $plan } starts billing only after it ends, and from then on it is expected to save more than it costs.
   *[yes] { $plan } bills { $billed } { $billed ->
    [one] month
   *[other] months
} ({ $fees }) before it can be used, but after that it is expected to save more than it costs.
} This sign-up is the only chance to add it.
reason-past_breaks = You broke a phone { $count } { $count ->
    [one] time
   *[other] times
} in the last 2 years; hosho assumes { $rate } { $rate ->
    [one] damage incident
   *[other] damage incidents
} a year for you.
reason-never_broken = You have not broken or soaked a phone in the last 2 years; hosho assumes { $rate } { $rate ->
    [one] damage incident
   *[other] damage incidents
} a year for you.
reason-water_recurs = { $count } { $count ->
    [one] water incident
   *[other] water incidents
} in 2 years: water damage often comes back after a repair, and a cheap new phone can beat repairing it.
reason-expensive_device = The device costs { $price }, over { $threshold }: one accident can cost tens of thousands of yen to repair.
reason-cheap_device = The device costs { $price }, { $threshold } or less: replacing it can cost less than insuring and repairing it.
reason-old_device = The model is { $years } { $years ->
    [one] year
   *[other] years
} old and worth little now: many replace such a phone rather than insure it.
reason-used_device = A used device's history is unknown, which makes faults more likely.
reason-well_protected = A case and film (or a rugged phone) lower the chance of damage; hosho takes that into account.
reason-join_then_review = The plan and no plan cost about the same. Join now and review after { $months } { $months ->
    [one] month
   *[other] months
}: cancelling is free, but the option can never be added later.
reason-gate_release_age = IIJmio's guide is a device released within about { $months } { $months ->
    [one] month
   *[other] months
} of the application; { $known ->
    [no] this model's release month is unknown
   *[yes] this model came out { $age } { $age ->
    [one] month
   *[other] months
} ago
}, so ask before relying on the plan.
reason-gate_linemo_fee_unknown = The monthly fee for this model is in no source: the figures use { $fee }, { $nearest ->
    [yes] the fee of its nearest model family
   *[no] the highest listed
}. Ask { $carrier } for the real fee.
reason-gate_to_confirm = The figures of { $plan } were found only on a blog or an undated page: check its current fees and terms on { $apart ->
    [yes] the provider's
   *[no] { $carrier }'s
} official page before you sign up.
reason-gate_carrier_list = { $plan } covers only models on { $carrier }'s list: check that yours is on it.
reason-gate_damaged_now = The device is damaged now, and a plan takes only a device without cracks or water damage when it is registered: repair it officially first, then apply and register in time. A street repair would shut it out of every plan for good.
reason-no_rejoin = These options can only be taken at sign-up: skip now and you can never join later; cancel later and you can never rejoin.{ $bought_apart ->
    [yes] {" "}Bought apart from the carrier, this cover is still open after you switch: { $later }.
   *[no] {""}
}
reason-not_theft_or_loss = None of the options here pays anything for a phone lost or stolen: a new one is yours to buy.
reason-gone_elsewhere = { $is_plan ->
    [yes] { $plan } pays nothing for a phone lost or stolen
   *[no] Without a plan, a phone lost or stolen is yours to replace
}; { $other } covers it, on its own terms.
reason-gone_history = You lost { $count } { $count ->
    [one] phone
   *[other] phones
} (or had { $count ->
    [one] it
   *[other] them
} stolen) in the last 2 years; hosho assumes { $rate } a year for you, each costing a new phone at { $price }.
reason-iphone_repair_only = For an iPhone, つながる端末保証 repairs only (no exchange), and the loaner is an Android phone.
reason-street_repair = Without a plan, a street repair shop fixes a screen for about { $screen } (a diagnosis alone about { $diagnosis }), but an unofficial repair shuts the device out of carrier warranties for good.
reason-spare_phone = With a spare phone of about { $spare } bought when you switch, a phone that breaks beyond a cheap repair is not repaired: the spare takes its place, and a broken spare is replaced by a cheap phone (about { $cheap }). { $any ->
    [yes] The phone ({ $price }) is worth no more than a cheap phone, so giving it up costs nothing and the spare beats any repair: here, { $kinds }.
   *[no] Giving up the phone costs what it is worth above a cheap phone, { $over } ({ $price } less { $cheap }), so the spare beats any repair dearer than that: { $count ->
        [0] none, for this phone.
       *[other] here, { $kinds }.
    }
}

# Gates
gate-gate_device_source = { $plan } is only for { $way ->
    [buy_new] new devices bought from { $carrier } with the line
    [buy_used] used devices bought from { $carrier }
   *[bring_own] devices you bring (bought anywhere but { $carrier })
}.
gate-gate_os = { $plan } is only for { $os ->
    [ios] iPhones
   *[android] Android phones
}.
gate-gate_unofficial_repair = A device repaired outside the maker's official service cannot be covered.
gate-gate_damaged_now = The device must be undamaged and working when it is registered: repair it officially first.
gate-gate_wifi_only = A Wi-Fi-only model cannot be covered.
gate-gate_overseas_model = A model sold only outside Japan cannot be covered.
gate-gate_leased_business = A leased, rented or business device cannot be covered.
gate-gate_release_age = The device should have come out within about { $months } { $months ->
    [one] month
   *[other] months
} of the application (a rough guide): ask before signing up.
gate-gate_existing_linemo = Only new LINEMO contracts can join; an existing LINEMO user cannot.
gate-gate_existing_customer = Only a new { $carrier } contract can add it; someone who already has a { $carrier } line cannot.
gate-gate_cover_period = This model is past the plan's cover period (until { $until }).
gate-gate_carrier_list = Only models on { $carrier }'s list are covered: check the list before you sign up.
gate-gate_to_confirm = These figures come from a blog or an undated page: before you sign up, check the current fees and terms on { $apart ->
    [yes] the provider's
   *[no] { $carrier }'s
} official page.
gate-gate_bought_within = { $known ->
    [yes] More than { $span } has passed since the purchase, so it can no longer be bought (the last day was { $until }).
   *[no] Only for a phone bought within { $span }: check the day you bought it.
}{ $or_covered ->
    [yes] {" "}An older phone is accepted while a paid warranty (a carrier's, for one) still covers it: join before that warranty ends.
   *[no] {""}
}
gate-gate_other_cover = AppleCare+ or another warranty is in force until { $until }: it cannot be bought twice.
gate-gate_double_cover = With your current warranty (until { $until }) in force, one repair is paid by one cover only.
gate-gate_applecare_fee_unknown = No source gives this model's AppleCare+ fee: hosho used { $fee }, { $nearest ->
    [yes] the fee of its nearest model family
   *[no] the highest listed
}. Your iPhone shows it under Settings > General > AppleCare & Warranty.
gate-gate_existing_iijmio = Only a new IIJmio application (a new line or a port-in) can add it; an existing IIJmio user cannot.
gate-gate_iphone_6s_or_older = iPhone 6s and older models are not supported.
gate-gate_linemo_fee_unknown = The monthly fee for this model is not in the table: hosho used { $fee }, { $nearest ->
    [yes] the fee of its nearest model family
   *[no] the highest listed
}. Enter the real monthly fee for an exact answer.

# Next steps
step-apply_with_line = Choose { $plan } in the same application as the line: it cannot be added later.
step-apply_with_device = Choose { $plan } when you buy the device: it cannot be added later.
step-apply_any_time = { $plan } can be added at any time after you switch; but cover does not start at once, so applying after a break is too late.
step-apply_in_shop = Add { $plan } in a shop, with the SIM-only contract (it cannot be added online).
step-buy_within_purchase_window = { $dated ->
    [yes] Buy { $plan } by this date (within { $span } of the purchase).
   *[no] { $plan } can be bought within { $span } of the purchase: check the day you bought the phone.
}
step-register_imei = Register the device's IMEI on IIJmio's page within { $days } { $days ->
    [one] day
   *[other] days
}, or it is not covered.
step-linemo_apply_window = Add { $plan } by this date (online contracts: { $days } { $days ->
    [one] day
   *[other] days
} including the contract day).
step-rakuten_apply_window = Add { $plan } by this date: with the SIM-only application, or within { $days } { $days ->
    [one] day
   *[other] days
} of the line's start. Then register the phone as the page asks.
step-leaving_ends_cover = If the warranty you have now is the carrier's you are leaving (docomo, au, SoftBank and the like), it ends the day you leave, not in the month you gave{ $any ->
    [yes] : { $later } takes this phone only while it is covered, so join before you switch.
   *[no] .
}
step-register_imei_photos = Register the IMEI (15 digits) and front and back photos within { $days } { $days ->
    [one] day
   *[other] days
}.
step-cancel_at_cover_end = Cancel { $plan } by this date: its cover ends in { $until }, and after that the fee buys nothing.
step-buy_while_covered = Buy { $plan } by this date, while your current warranty still covers the phone: bought over { $span } ago, it is accepted only then. If that warranty is your old carrier's, buy it before you leave.
step-review_plan = Review { $plan } after { $months } { $months ->
    [one] month
   *[other] months
}: if nothing broke and you feel safe, cancel (you cannot rejoin).
step-before_sending = Before sending a device in: remove the SIM and microSD, delete the eSIM, revoke the smartphone My Number certificate, back up, then reset.
step-return_old_device = After an exchange, return the broken device within { $days } { $days ->
    [one] day
   *[other] days
}, or pay { $penalty }.
step-return_loaner = Return a loaner within { $days } { $days ->
    [one] day
   *[other] days
} of getting your phone back, undamaged, or pay a penalty of { $low } or { $high }.
step-repair_first = The device is damaged now: have it repaired officially (by the maker or Apple) first, then apply and register it within { $days } { $days ->
    [one] day
   *[other] days
}, undamaged. Do not use a street repair shop: that closes the plans for good.
step-buy_spare = Buy a cheap spare phone (about { $spare }) when you switch; { $any ->
    [yes] if it breaks, switch to the spare instead of repairing it.
   *[no] if a repair would cost more than { $over }, switch to the spare instead.
}
step-backup = Keep backups (automatic photo upload) so a broken phone loses nothing.

# Warnings
warning-conflict_tsunagaru_exchange_first = A 2025 blog { $source } gives { $other } for the first exchange under { $plan }; the official page says { $official }, used here.
warning-conflict_tsunagaru_fee_typo = A blog { $source } writes the monthly fee of { $plan } as { $other }, a typo; the official fee is { $official }.
warning-conflict_linemo_applecare_fee_latest = The source { $source } also says { $other } a month for the latest models of { $plan }; its official fee list says { $official }, used here.
warning-conflict_linemo_applecare_fee_floor = The source { $source } also says "at least { $other } a month" for { $plan }; its fee list starts at { $official }, used here.
warning-fee_range_assumed = { $plan } costs { $low } to { $high } a month depending on the model; hosho assumed { $assumed }. Check the fee for your model.
warning-linemo_fee_unknown = The monthly fee of { $plan } for this model is not in any source; hosho assumed { $fee }, { $nearest ->
    [yes] the fee of its nearest model family
   *[no] the highest listed
}. Ask the carrier and enter the real fee for an exact answer.
warning-conflict = { $source } gives { $other } for { $about } of { $plan }; hosho uses { $official }.
warning-conflict_ymobile_applecare_fee_se = A 2022-10 blog { $source } gives { $other } for the SE models under { $plan }; hosho uses LINEMO's 2024 list for the same service ({ $official }).
warning-tables_stale = The tables date from { $as_of }, { $months } { $months ->
    [one] month
   *[other] months
} ago: fees may have changed.
warning-price_from_launch = The price { $price } is the model's launch price, used as what replacing the phone would cost. If a like phone costs less today, give that as the device's price: repairs stay priced for this model, only replacing gets cheaper.
warning-fee_source_old = The fee of { $plan } comes from a source of { $as_of }, { $months } { $months ->
    [one] month
   *[other] months
} ago: check the current fee before you sign up.
warning-bought_month = Only the month of purchase is known ({ $month }): each window is counted from its first day, { $first }, so a last day given here may come before the real one. Where the day within that month decides whether cover can still be bought, check it on the receipt.
warning-release_unknown = The release month is unknown: natural-failure cover and the age guide could not be checked.
warning-warranty_past = The warranty end you gave is already past; it was ignored.

# Cover that can still be bought after switching
headline-instead = { $dated ->
    [yes] {" "}Or instead, until { $until } you can buy { $option } ({ $price }): expected { $total } over { $months } { $months ->
        [one] month
       *[other] months
    }.
   *[no] {" "}Or instead, within { $span } of the purchase you can buy { $option } ({ $price }): expected { $total } over { $months } { $months ->
        [one] month
       *[other] months
    }.
}{ $confirm ->
    [yes] {" "}Check its terms before you buy it.
   *[no] {""}
}
price-monthly = { $fee } a month
price-at-once = { $lump } for two years at once
later-item-until = { $option } (until { $date })
later-item-days = { $option } (within { $span } of the purchase)
span-days = { $days } { $days ->
    [one] day
   *[other] days
}
span-years = { $years } { $years ->
    [one] year
   *[other] years
}
reason-apart_cheapest = { $option }, bought apart from the carrier, is expected to cost { $total } over { $months } { $months ->
    [one] month
   *[other] months
}, fees included: the least of every option you can still take{ $has_plan ->
    [yes] {""} ({ $plan } { $plan_total }, no cover { $skip_total }).
   *[no] {""} (no cover { $skip_total }).
}
reason-cover_ends = The cover of { $plan } ends in { $until }: hosho prices cancelling it then, { $kept } { $kept ->
    [one] month
   *[other] months
} of fees ({ $fees }), since after that the fee buys nothing.
reason-later_cover = Apart from the carrier's option, this cover can still be bought after you switch: { $later }.
reason-join_any_time = { $plan } can be added after you switch too, so nothing has to be decided now. { $from ->
    [1] Cover starts in the month you apply.
   *[other] Cover starts only in month { $from } after you apply.
}
reason-carrier_cover_closed = { $carrier }'s cover for a device you bring closed to new sign-ups in { $since }.
reason-carrier_no_cover = { $carrier } has no cover for a device you bring.
step-still_open = Cover bought apart is still open if you change your mind: { $later }.
