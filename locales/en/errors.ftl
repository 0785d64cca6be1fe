error-at = { $file }:{ $line }:{ $col }: { $field }: { $message }
error-at-nofield = { $file }:{ $line }:{ $col }: { $message }
error-syntax = this is not valid here ({ $detail })
error-unknown-field = unknown field; expected one of: { $expected }
error-missing-field = this answer is required
error-duplicate-field = this answer is given twice
error-out-of-range = { $value } is out of range: expected { $min } to { $max }
error-bad-date = "{ $value }" is not a date of the form { $form }
error-release-after-today = released { $released }, after today ({ $today })
error-unknown-model = "{ $value }" is not in the device catalog; give the device's price and release month instead, or see the catalog in `hosho tables`
error-model-os = { $model } is { $os ->
    [ios] an iOS
   *[android] an Android
} device
error-need-price = give the device's price or a model from the catalog
error-no-device-sales = LINEMO sells no devices: a LINEMO device is always your own (BringOwn)
error-read = { $file }: cannot read: { $detail }
error-tables = the tables are not usable:
error-lang = --lang: expected ja or en, found "{ $value }"
error-terminal = the interactive advisor needs a terminal ({ $detail }); for a report without one, use `hosho advise --answers FILE`
kiosk-error-pin-form = not a PIN hash; make one with `hosho kiosk-pin` and paste the whole line
kiosk-error-pin-digits = the PIN must be 4 to 12 digits
kiosk-error-undecided = list carriers the shop offers: Iijmio, Linemo or both
kiosk-error-repeated = a carrier is listed twice
error-idle = --idle-reset-seconds: { $value } is out of range: expected 1 to { $max }
kiosk-all-carriers = IIJmio and LINEMO
kiosk-config-ok = The kiosk config is valid: idle reset after { $idle } s; carriers offered: { $carriers }.
kiosk-pin-prompt = New kiosk admin PIN (4 to 12 digits):{" "}
kiosk-pin-again = The same PIN again:{" "}
kiosk-pin-mismatch = The two PINs differ; nothing was made.
kiosk-pin-made = Put this line in the kiosk config (it holds a salted hash, not the PIN):
