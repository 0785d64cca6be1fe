error-at = { $file }:{ $line }:{ $col }: { $field }: { $message }
error-at-nofield = { $file }:{ $line }:{ $col }: { $message }
error-syntax = ここには書けない内容です（{ $detail }）
error-unknown-field = 知らない項目です。使える項目：{ $expected }
error-missing-field = この項目は必須です
error-duplicate-field = この項目が2回書かれています
error-out-of-range = { $value }は範囲外です。{ $min }から{ $max }までの値を入力してください
error-bad-date = "{ $value }"は{ $form }の形の日付ではありません
error-release-after-today = 発売月{ $released }が今日（{ $today }）より後です
error-unknown-model = 「{ $value }」は端末カタログにありません。代わりに端末の価格と発売月を入力するか、hosho tables でカタログを確認してください
error-model-os = { $model }は{ $os ->
    [ios] iOS
   *[android] Android
}の端末です
error-need-price = 端末の価格か、カタログにある機種名を入力してください
error-no-device-sales = LINEMOは端末を販売していないため、LINEMOで使う端末はお手持ちのもの（BringOwn）になります
error-read = { $file }：読み込めません：{ $detail }
error-tables = 料金表を使えません：
error-lang = --lang：jaかenを指定してください（指定された値："{ $value }"）
error-terminal = 対話画面を開くには端末が必要です（{ $detail }）。端末なしでレポートを出すには `hosho advise --answers FILE` を使ってください。
kiosk-error-pin-form = PINのハッシュではありません。`hosho kiosk-pin` で作り、出力された行をそのまま貼り付けてください
kiosk-error-pin-digits = PINは4〜12桁の数字にしてください
kiosk-error-undecided = 店舗で扱う会社（Iijmio、Linemo、またはその両方）を書いてください
kiosk-error-repeated = 同じ会社が2回書かれています
error-idle = --idle-reset-seconds：{ $value } は範囲外です。1〜{ $max } を指定してください
kiosk-all-carriers = IIJmioとLINEMO
kiosk-config-ok = キオスクの設定は有効です。操作がないまま{ $idle }秒で最初に戻ります。扱う会社：{ $carriers }。
kiosk-pin-prompt = 新しい管理者PIN（4〜12桁の数字）：
kiosk-pin-again = もう一度同じPINを入力してください：
kiosk-pin-mismatch = 2回のPINが一致しないため、作成しませんでした。
kiosk-pin-made = 次の行をキオスクの設定ファイルに書いてください（PINそのものではなく、ソルト付きのハッシュです）：
