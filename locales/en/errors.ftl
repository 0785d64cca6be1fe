error-at = { $file }:{ $line }:{ $col }: { $field }: { $message }
error-at-nofield = { $file }:{ $line }:{ $col }: { $message }
error-unknown-field = unknown field; expected one of: { $expected }
error-missing-field = this answer is required
error-duplicate-field = this answer is given twice
error-out-of-range = { $value } is out of range: expected { $min } to { $max }
error-bad-date = { $or_month ->
    [yes] "{ $value }" is neither a day ({ $form }) nor a month (YYYY-MM)
   *[no] "{ $value }" is not a date of the form { $form }
}
error-release-after-today = released { $released }, after today ({ $today })
error-unknown-model = "{ $value }" is not in the device catalog; give the device's price and release month instead, or see the catalog in `hosho tables`
error-model-os = { $model } is { $os ->
    [ios] an iOS
   *[android] an Android
} device
error-catalog-no-price = the catalog has no launch price for { $model }; give the device's price
error-need-price = give the device's price or a model from the catalog
error-no-device-sales = { $carrier } sells no devices: the device is always one you bring
error-tables = the tables are not usable:
error-lang = --lang: expected ja or en, found "{ $value }"
error-terminal-lost = The terminal went away (closed or disconnected), so hosho has ended.
error-terminal = the interactive advisor needs a terminal ({ $detail ->
    [not_tty] its input or output is not one
    [dumb] it cannot move the cursor: TERM is unset or "dumb"; set TERM to your terminal, e.g. xterm-256color or linux
   *[other] the terminal could not be set up
}); for a report without one, use `hosho advise --answers FILE`
kiosk-error-pin-form = not a PIN hash; make one with `hosho kiosk-pin` and paste the whole line
kiosk-error-pin-digits = the PIN must be 8 to 12 digits
kiosk-error-pin-rounds = the hash does not use a standard cost (memory, passes or rounds); make a new one with `hosho kiosk-pin`
kiosk-legacy-pin = Warning: this config's PIN hash is in the older PBKDF2 format. It still works; make a new one (argon2id) with `hosho kiosk-pin` and replace it.
kiosk-sample-pin = Warning: this config holds the published sample's PIN hash, so anyone who has read the sample can leave the kiosk. Make your own with `hosho kiosk-pin`.
kiosk-error-undecided = list the carriers the shop offers by the names the tables give them (see hosho tables)
kiosk-error-repeated = a carrier is listed twice
error-idle = --idle-reset-seconds: { $value } is out of range: expected { $min } to { $max }
kiosk-all-carriers = every carrier of the tables
kiosk-config-ok = The kiosk config is valid: idle reset after { $idle } s; carriers offered: { $carriers }.
kiosk-pin-prompt = New kiosk admin PIN (8 to 12 digits):{" "}
kiosk-pin-again = The same PIN again:{" "}
kiosk-pin-mismatch = The two PINs differ; nothing was made.
kiosk-pin-made = Put this line in the kiosk config (it holds a salted hash, not the PIN):
error-field-written = "{ $field }"
error-read = { $file }: cannot read: { $why ->
    [not_found] no such file
    [denied] permission denied
    [directory] it is a folder, not a file
    [not_text] it is not UTF-8 text
    [too_big] it is too large: { $kind ->
        [tables] a tables file
       *[answers] an answers or config file
    } may be at most { $mib } MiB ({ $bytes } bytes)
    [not_regular] it is not a regular file (it is a pipe, a device or a socket); a tables folder holds only files
   *[other] an error while reading
}
error-not-utf8 = { $file }:{ $line }:{ $col }: this is not UTF-8 text; save the file as UTF-8
error-write = The output could not be written: the disk may be full, or the place it goes to is closed.
validate-at = { $file }:{ $line }:{ $col }: { $message }
validate-more-like-it = { $line } (and { $count } more like it)
validate-more-of-kind = { $line } (and { $count } more of this kind)
validate-see-every = hosho validate --data with the same folder lists every one.
validate-control = a control character, or an escape that makes one: table text is shown to people as it is, and such a character would act on their terminal
validate-twice = "{ $value }" is listed twice
validate-after-table = the date ({ $date }) is after the table's own date ({ $table })
validate-unknown-source = source "{ $src }" is not in sources.ron
validate-yen = { $what } is { $value }: expected { $min } to { $max }
validate-count = { $what } is { $value }: expected 1 to { $max }
validate-ratio = { $what } is { $value }: expected { $min } to { $max }
validate-what-first_billed_month = the first billed month
validate-what-cover_from_month = the first month of claims
validate-what-uses_per_year = the number of uses a year
validate-what-natural_window = natural failure cover (months)
validate-what-price = the launch price
validate-what-repair = a repair price
validate-plan-for = give at least one OS and one way of getting the device
validate-fee-range = a fee range must run lowest ≤ used ≤ highest
validate-no-tiers = a fee by model needs at least one tier
validate-tier-unused = tier "{ $tier }" covers no device in devices.ron
validate-no-benefits = the plan covers nothing: it lists no benefits
validate-no-kinds = a benefit lists no kinds of incident
validate-capped = a benefit is capped but the plan has no cap
validate-unknown-model = model "{ $model }" is not in devices.ron
validate-device-name = the name or alias "{ $name }" is empty or matches another device
validate-unknown-tier = fee tier "{ $tier }" is not in plans.ron
validate-unknown-repair = repair profile "{ $repair }" is not in repairs.ron
validate-bands-end = the { $os } price bands must end at { $max }
validate-bands-rise = the { $os } price bands must rise
validate-prior = { $what }: the yearly rate must be 0.01 to 5 and its weight 0.5 to 20 years
validate-split = damage by part ({ $os }): the shares must be 0 or more and add up to 1 (they add up to { $sum })
validate-protection-once = "{ $protection }" must be listed once (it is listed { $count } { $count ->
    [one] time
   *[other] times
})
validate-protection-range = "{ $protection }": the factors must be 0.1 to 3
validate-natural-rates = natural failure rates must be 0 to 2 a year, and the early months 1 to 120
validate-battery-share = the battery share of natural failures must be 0 to 1
validate-theft-share = the share of thefts among phones lost or stolen must be 0 to 1
validate-cheap-below-expensive = the cheap-device price must be below the expensive-device price
validate-no-source = this rule names no source
validate-not-a-table = not a table file hosho knows (expected one of { $expected })
validate-incomplete = a table set must have every file; missing here: { $missing }. Copy the missing ones from the set it was made from (a set is never mixed with the built-in tables)
validate-bundle-manifest = not a bundle manifest as `hosho tables bundle` writes it
validate-bundle-newer = this bundle needs hosho { $needs } or later; this is { $version }
validate-bundle-list = the manifest must list every table file and the checked parse, in order: { $expected }
validate-bundle-missing = listed in the manifest, but not in the bundle
validate-bundle-changed = does not match the manifest's SHA-256: the bundle was changed after it was written
validate-bundle-extra = not in the manifest: a bundle holds nothing else
validate-no-tables = no table files here (expected one or more of { $expected })
syntax-eof = the file ends too early: a closing bracket may be missing
syntax-comma = a comma (,) is needed here
syntax-colon = a colon (:) is needed after the field's name
syntax-string = a string in "quotes" is needed here
syntax-integer = a whole number is needed here
syntax-number = a number is needed here
syntax-boolean = true or false is needed here
syntax-option = Some(…) or None is needed here
syntax-list = a list in [ … ] is needed here
syntax-open = a list of fields starting with ( is needed here
syntax-close = a ) is needed here
syntax-name = a field name is needed here
syntax-char = "{ $char }" cannot be written here
syntax-trailing = there is more after the last closing bracket
syntax-comment = a comment is not closed
syntax-utf8 = a character is not valid UTF-8
syntax-variant = "{ $found }" is not a value hosho knows; expected one of: { $expected }
syntax-unknown-field = "{ $found }" is not a field hosho knows; expected one of: { $expected }
syntax-missing-field = the field "{ $field }" is required
syntax-duplicate-field = the field "{ $field }" is given twice
syntax-length = the number of values is wrong
syntax-value = this value cannot be written here: check its kind (text, number)
syntax-other = this cannot be read
kiosk-field-pin_hash = Admin PIN hash
kiosk-field-idle_reset_seconds = Seconds before a reset
kiosk-field-carriers = Carriers offered
kiosk-field-state_dir = State directory
error-unknown-carrier = no carrier "{ $value }" in the tables; the carriers are: { $known }
error-date-range = { $value } is outside the years { $first } to { $last }
error-released-before-catalog = a release month of { $released } is more than a year before { $model } came out ({ $catalog }); leave it out to use the catalog's
error-undecided-in-list = "{ $undecided }" is not a carrier: list carriers by name, or leave the list empty
error-bought-after-today = the purchase date { $bought } is after today ({ $today })
error-bought-before-release = the purchase date { $bought } is before the model came out ({ $released })
validate-unknown-carrier = carrier "{ $carrier }" is not in carriers.ron
validate-join-apart = a plan with no carrier is bought apart (join: Apart), and a carrier's plan is not
validate-no-limit = with no uses a year and no yearly total, counted cover cannot be priced
validate-unworded = "{ $value }" has no words to show; use the name of an existing condition or step
validate-what-step_days = a step's days
validate-what-step_yen = a step's amount
validate-what-conflict_yen = a disputed amount
validate-what-street_screen_yen = a street shop's screen repair
validate-what-street_diagnosis_yen = a street shop's diagnosis
validate-what-cover_until = the months of cover
error-kiosk-state = The kiosk has an admin PIN, so it keeps the wrong PINs typed, to count them across restarts; { $why ->
    [missing] the state directory { $path } does not exist: create it (systemd's StateDirectory=hosho does), or name another with state_dir in the config.
    [not_writable] the state directory { $path } cannot be written: give the kiosk's user write access, or name another with state_dir in the config.
    [unreadable] the file { $path } cannot be read or is not hosho's: remove it once you have looked at it.
   *[nowhere] no place was found for them: set state_dir in the config, or run it under systemd with StateDirectory=hosho.
}
kiosk-no-config = none (no admin PIN)
