# The interactive advisor.
tui-title = hosho: device warranty advisor
start-lead = Should you add a device warranty when you switch to a budget carrier? Answer about a dozen short questions (about two minutes) and hosho tells you: join, skip, or keep a spare, with the money behind it.
start-language = Language: English (press l for 日本語)
start-go = Press Enter to start.
progress = Question { $at } of { $of }
help-title = Keys
quit-confirm = Quit hosho? Press y to quit, any other key to stay.
too-small = Please make the window at least { $cols } × { $rows }.

q-carrier = Which carrier are you switching to?
why-carrier = Each carrier has its own warranty options.
q-device_source = Where does the phone come from?
why-device_source = Some options are only for phones bought from the carrier.
q-os = Is it an iPhone or an Android phone?
why-os = Plans and repair prices differ between the two.
q-model = Which model? Type part of its name.
why-model = The catalog knows its price, release month and fee tiers.
q-price = What did the phone cost (or what would it cost new)?
why-price = A cheap phone is often better replaced than insured.
q-released = When was the model released? (YYYY-MM)
why-released = Some plans cover natural failure only for a while after release.
q-damage = How many times did you crack or break a phone in the last 2 years?
why-damage = Your own history says more than any average.
q-water = And how many times did a phone get water damage in that time?
why-water = Water damage is priced apart from cracks.
q-lost = How many phones did you lose, or have stolen for good, in that time?
why-lost = A lost or stolen phone costs a new one; most plans pay nothing for it.
q-protection = How do you protect the phone day to day?
why-protection = A case and a film make accidents less costly and less frequent.
q-warranty = Does AppleCare+ or another warranty cover it? Until which month? (YYYY-MM; leave empty for none)
why-warranty = While another warranty covers the phone, a carrier plan pays for nothing.
q-horizon = How many more months will you keep this phone?
why-horizon = The fees add up month by month.
q-risk = What worries you more?
why-risk = hosho can weigh an unlucky run more heavily than the average.
q-eligibility = Does any of these apply? (Space switches)
why-eligibility = Each one closes some plans to the phone.
q-customer = Do you already have a line with the carrier? (Space to switch what applies)
why-customer = Some options are only for new contracts.
q-bought = When did you buy this phone? (YYYY-MM-DD, or YYYY-MM if you know only the month)
why-bought = AppleCare+ within 30 days of purchase, and phone insurance within a year, can still be bought after you switch.
q-linemo_fee = What is the monthly fee of the warranty with AppleCare Services for this model, in yen?
why-linemo_fee = It depends on the model; LINEMO's and Y!mobile's sites list it.

choice-carrier = { $carrier }{ $cover ->
    [no] {" "}(no cover for a phone you bring)
   *[yes] {""}
}
choice-undecided = Not decided yet
choice-bring_own = I already have it
choice-buy_new = Buying it new from the carrier
choice-buy_used = Buying it used from the carrier
choice-ios = iPhone
choice-android = Android
choice-bare = No case
choice-case = A case
choice-case_and_film = A case and a screen film
choice-rugged = A rugged case
choice-neutral = The average cost over the years
choice-averse = An unlucky run of accidents
choice-no = No
choice-yes = Yes
toggle-unofficial_repair = It was repaired outside Apple or the maker
toggle-damaged_now = It is damaged right now
toggle-overseas_model = It is an overseas model
toggle-wifi_only = It is a Wi-Fi-only model
toggle-leased_or_business = It is leased or a company phone
toggle-customer = I already have a line with { $carrier }
model-not-listed = Not listed: I will enter its price
model-filter = Search: { $typed }
entry-range = Enter a number from { $min } to { $max }.
entry-number = Enter a number, digits only.
entry-month = Enter a month as YYYY-MM, for example 2024-09.
entry-day = Enter a day as YYYY-MM-DD, for example 2026-11-29, or only the month as YYYY-MM.
entry-none = none
review-title = Your answers

whatif-line = Breakage ×{ $factor } ({ $damage } damage and { $water } { $water ->
    [one] water incident
   *[other] water incidents
} a year; { $gone } lost or stolen) over { $months } { $months ->
    [one] month
   *[other] months
}
whatif-on = What-if (0 resets): { $line }
chart-title = Cumulative cost by month
chart-legend = { $title }:{ " " }
chart-months = months
tcol-option = Option
tcol-monthly = Monthly
tcol-fees = Fees
tcol-expected = Expected ({ $months } mo)
tcol-bad-case = Bad case ({ $months } mo)
tcol-expected-short = Expected
tcol-bad-case-short = Bad case
tcol-break-even = Break-even
tcol-eligible = Open
tcell-break-even = { $count } { $count ->
    [one] time
   *[other] times
}
short-skip = No plan
short-buy_spare = Spare phone
table-note = Expected: fees and repairs on average. Bad case: the average of the worst 1 in 10 outcomes.
saved = Report saved to { $path }, and your answers beside it as { $answers }: hosho --answers { $answers } opens them again.
save-failed = Could not save the report to { $path }: { $why ->
    [denied] permission denied
    [read_only] the disk is read-only
    [full] the disk is full
    [not_found] the folder does not exist
   *[other] an error while writing
}
cited = { $text } ({ $source })

# The unattended kiosk.
attract-title = Should you add a device warranty?
attract-lead = Switching to a budget carrier? Find out in about two minutes whether the warranty option is worth it.
attract-press = Press any key to start
attract-lang = l: 日本語
attract-title-other = 端末保証に入るべきか、2分でわかります
attract-press-other = 何かキーを押すと始まります
kiosk-countdown = No key for a while: starting over in { $secs } s, and every answer will be cleared. Press any key to go on.
kiosk-pin = Admin PIN: { $dots }  (Enter confirms, Esc cancels)
kiosk-pin-retry = Wrong PIN. Admin PIN: { $dots }  (Enter confirms, Esc cancels)
kiosk-pin-wait = Wrong PIN. The PIN can be tried again in { $secs } s.
kiosk-pin-locked = Too many wrong PINs. PIN entry is locked for { $mins } min.
kiosk-pin-checking = Checking the PIN…

# The clerk's form.
counter-title = hosho: counter
label-today = Today (YYYY-MM-DD)
label-carrier = Carrier
label-device_source = Device from
label-os = OS
label-model = Model
label-price = Price
label-released = Released (YYYY-MM)
label-damage = Broken in 2 years
label-water = Water damage in 2 years
label-lost = Lost or stolen in 2 years
label-protection = Protection
label-warranty = Warranty until (YYYY-MM)
label-horizon = Months to keep it
label-risk = Worry
label-customer = Lines you have now
label-bought = Bought (date or month)
label-linemo_fee = AppleCare Services fee
value-on = yes
value-off = no
model-matches = { $at }/{ $of } (←/→)
counter-incomplete = Fill in: { $message }
qr-caption = Scan to take this summary
qr-join = hosho: join { $plan }, { $fee }/month. IMEI by { $imei }.
qr-join-noimei = hosho: join { $plan }, { $fee }/month.
qr-skip = hosho: skip the warranty ({ $total } over { $months } { $months ->
    [one] month
   *[other] months
}).
qr-buy_spare = hosho: skip the warranty; keep a spare phone (about { $spare }).
qr-buy_apart = { $dated ->
    [yes] hosho: no carrier warranty; buy { $option } by { $until }.
   *[no] hosho: no carrier warranty; buy { $option }.
}
qr-check = First, { $check }.
qr-no-room = The window is too small for the QR code. What it holds:
qr-page = Press c for the QR code on a page of its own.
qr-page-ascii = Press c for the summary to take away, on a page of its own.
qr-ascii = This terminal draws ASCII only, so there is no QR code. The summary, to note down or photograph:
qr-next-page = Press Enter for the QR code.
qr-taller = Press c for the QR code on a page of its own (or make the window { $rows } more { $rows ->
    [one] row
   *[other] rows
} taller to see it here).
slabel-unofficial_repair = Repaired elsewhere
slabel-damaged_now = Damaged now
slabel-overseas_model = Overseas model
slabel-wifi_only = Wi-Fi only
slabel-leased_or_business = Leased or company
slabel-existing_iijmio_user = IIJmio user now
slabel-existing_linemo_user = LINEMO customer now
slabel-customer = { $carrier } customer now
label-eligibility = Applies to the phone
review-line = { $label }: { $answer }

# The questionnaire's answers and what they still need.
unknown-released = I don't know (then no maker's warranty is counted, and plans for recent models count as closed)
unknown-linemo_fee = I don't know (then hosho uses { $nearest ->
    [yes] the fee of its nearest model family
   *[no] the highest listed fee
}, { $fee })
unknown-bought = I don't know (whether AppleCare+ or insurance can still be bought is then left to check)
# A choice's short name, where its whole text does not fit a row of the clerk's form.
brief-choice-carrier = { $carrier }{ $cover ->
    [no] {" "}(no cover)
   *[yes] {""}
}
brief-choice-bring_own = Already has it
brief-choice-buy_new = New from the carrier
brief-choice-buy_used = Used from the carrier
brief-choice-case_and_film = Case and film
brief-choice-neutral = The average cost
brief-choice-averse = A run of bad luck
brief-not-listed = Not listed
brief-unknown = Don't know
brief-unknown-fee = Don't know ({ $fee } assumed{ $nearest ->
    [yes] {""}, nearest model
   *[no] {""}
})
entry-missing = not answered
list-separator = { ", " }
need-price = choose the model from the list, or enter its price.
need-release-after-today = { $released } is after today.
need-model-os = { $model } runs the other OS: choose the model again.
need-date-range = give a date from { $first } to { $last }.
need-released-before-catalog = { $model } came out in { $catalog }: leave this blank to use that month.
need-check = please check this answer.
need-bought-after-today = the day of purchase is after today.
need-bought-before-release = the day of purchase is before the model came out ({ $released }).
problem-line = { $label }: { $need }
counter-empty = Enter a model or a price to see the advice.

# The keys: the key line and the help are made from src/tui/keys.rs, one hint each.
key-pin = PIN digits
key-erase = erase
key-confirm = confirm
key-cancel = cancel
key-admin = admin
key-language = 日本語
key-quit-now = quit at once
key-type = type the name
key-type-number = type a number
key-type-day = type a day (2026-11-29) or a month (2026-11)
key-type-month = type a month (2027-03, 2027/3 or 2027年3月)
key-start = start
key-pick = choose by number
key-choose = choose
key-move = move
key-switch = switch
key-next = next
key-review-enter = see the advice, or change the answer chosen
key-see-advice = see the advice
key-see-advice-now = the advice now
key-back = back
key-select = select an option
key-open = open its breakdown
key-close = close the breakdown
key-scroll = scroll
key-rate = breakage rate
key-months = months
key-reset = reset the what-if
key-tab = details / overview
key-tab-kiosk = details / QR code to take away / overview
key-save = save
key-finish = finish
key-answers = your answers
key-field = field
key-change = change
key-next-field = next field
key-results = results
key-qr = QR code
key-form = back to the form
key-next-customer = next customer
key-help = keys
key-quit = quit
help-close = Any key closes this.
review-hint = Press Enter to see the advice, or choose an answer to change it.
review-go = See the advice
entry-none-choice = No other warranty
next-confirm = Clear every answer for the next customer? Press y to clear them, any other key to keep them.
finish-confirm = Finish and clear every answer? Press y to finish, any other key to go on.
qr-what-if = (What-if: breakage ×{ $factor }, { $months } { $months ->
    [one] month
   *[other] months
}.)
counter-whatif = Breakage ×{ $factor } over { $months } { $months ->
    [one] month
   *[other] months
} (+/- to try another, 0 resets)

# One option taken apart (Enter on the results).
bd-title = { $option }: the breakdown
bd-closed = Not open to you: { $why }
bd-check = To check first: { $why }
bd-fees = Fees: { $fee } a month, { $total } over { $months } { $months ->
    [one] month
   *[other] months
}.
bd-spare = A spare phone: about { $total }, bought once.
bd-no-fees = No fees.
bd-fees-at-once = Fees: { $lump } for two years at once, then { $fee } a month: { $total } over { $months } { $months ->
    [one] month
   *[other] months
}.
bd-cover-ends = Cover ends in { $until }: priced as cancelled then, { $kept } { $kept ->
    [one] month
   *[other] months
} of fees and nothing after.
bd-spare-rule = A repair dearer than { $over } (the phone's { $price } less a cheap phone's { $cheap }) is not made: the spare takes the phone's place, and from then on a break costs a cheap phone's repair or a new cheap phone.
bd-kind-spare = { $kind }: { $expected } expected in { $months } { $months ->
    [one] month
   *[other] months
}, { $covered } of them answered by the spare.
bd-spare-copay = The first costs the phone ({ $first } above a cheap one); on the spare, { $free ->
    [yes] free (its own maker's warranty).
   *[no] about { $later } each.
}
bd-kind = { $kind }: { $expected } expected in { $months } { $months ->
    [one] month
   *[other] months
}, { $covered } covered.
bd-before-cover = { $count } of them fall in { $months ->
    [one] the first month
   *[other] the first { $months } months
}, before its cover starts.
bd-after-cover = { $count } fall in the later months, when it no longer covers this.
bd-over-limit-year = About { $count } of the covered ones go past the yearly limit and are paid in full.
bd-over-limit = About { $count } of the covered ones go past the limit on uses and are paid in full.
bd-copay = Copay { $first } the first time, { $later } after.
bd-copay-same = Copay { $copay }.
sentence-gap = { " " }
bd-pay = Otherwise about { $pay } each.
bd-pay-spare = Repaired: about { $pay } each.
bd-limit-year = Up to { $count } covered repairs a year.
bd-limit = Up to { $count } covered repairs in all.
bd-cap = A covered repair is paid up to { $cap }.
bd-totals = Over { $months } { $months ->
    [one] month
   *[other] months
}: { $expected } expected, { $bad } in a bad case.

# The kiosk's journal (stderr under its service): never a customer's answers or a PIN's digits.
journal-start = hosho kiosk { $version } (commit { $commit }) started: tables as of { $tables } (sha256 { $digest }), config { $config }, wrong PINs kept in { $state }.
journal-start-nopin = hosho kiosk { $version } (commit { $commit }) started: tables as of { $tables } (sha256 { $digest }), config { $config }, no admin PIN.
journal-tables-taken = New tables taken between customers: as of { $as_of } (sha256 { $digest }).
journal-tables-refused = New tables refused; the kiosk keeps the ones it had: { $why }
journal-tables-carriers = they lack carriers this kiosk offers ({ $carriers })
journal-tables-unreadable = { $path } could not be read
journal-wrong-pin = A wrong admin PIN ({ $misses } in the last 24 hours); the next is taken in { $wait } s.
journal-locked = Too many wrong admin PINs: PIN entry is locked for { $mins } min.
journal-admin-exit = The admin left the kiosk with the PIN.
journal-idle-reset = Idle: the answers were wiped and the kiosk is back at its start screen.
journal-state-unsaved = The wrong PINs could not be written to { $file }; they count until the kiosk stops.
