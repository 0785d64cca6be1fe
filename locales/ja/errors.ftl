error-at = { $file }:{ $line }:{ $col }: { $field }: { $message }
error-at-nofield = { $file }:{ $line }:{ $col }: { $message }
error-unknown-field = 知らない項目です。使える項目：{ $expected }
error-missing-field = この項目は必須です
error-duplicate-field = この項目が2回書かれています
error-out-of-range = { $value }は範囲外です。{ $min }から{ $max }までの値を入力してください
error-bad-date = { $or_month ->
    [yes] "{ $value }"は日付（{ $form }）でも月（YYYY-MM）でもありません
   *[no] "{ $value }"は{ $form }の形の日付ではありません
}
error-release-after-today = 発売月{ $released }が今日（{ $today }）より後です
error-unknown-model = 「{ $value }」は端末カタログにありません。代わりに端末の価格と発売月を入力するか、hosho tables でカタログを確認してください
error-model-os = { $model }は{ $os ->
    [ios] iOS
   *[android] Android
}の端末です
error-catalog-no-price = カタログには{ $model }の発売時の価格がありません。端末の価格を入力してください
error-need-price = 端末の価格か、カタログにある機種名を入力してください
error-no-device-sales = { $carrier }は端末を販売していないため、使う端末はお手持ちのものになります
error-tables = 料金表を使えません：
error-lang = --lang：jaかenを指定してください（指定された値："{ $value }"）
error-terminal-lost = 端末が閉じられたか接続が切れたため、hoshoを終了しました。
error-terminal = 対話画面を開くには端末が必要です（{ $detail ->
    [not_tty] 入力か出力が端末ではありません
    [dumb] カーソルを動かせない端末です。TERM が未設定か "dumb" になっています。xterm-256color や linux など、お使いの端末に合わせて設定してください
   *[other] 端末を準備できませんでした
}）。端末なしでレポートを出すには `hosho advise --answers FILE` を使ってください。
kiosk-error-pin-form = PINのハッシュではありません。`hosho kiosk-pin` で作り、出力された行をそのまま貼り付けてください
kiosk-error-pin-digits = PINは8〜12桁の数字にしてください
kiosk-error-pin-rounds = ハッシュの計算量（メモリ、反復回数）が標準のものではありません。`hosho kiosk-pin` で作り直してください
kiosk-legacy-pin = 注意：この設定のPINハッシュは古い形式（PBKDF2）です。このままでも使えますが、`hosho kiosk-pin` で新しい形式（argon2id）のハッシュを作って置き換えてください。
kiosk-sample-pin = 注意：この設定には公開されているサンプルのPINハッシュが入っています。サンプルを読んだ人なら誰でもキオスクを終了できます。`hosho kiosk-pin` で自分のPINを作ってください。
kiosk-error-undecided = 店舗で扱う会社を、料金表の会社の名前で1つ以上書いてください（hosho tables で確認できます）
kiosk-error-repeated = 同じ会社が2回書かれています
error-idle = --idle-reset-seconds：{ $value } は範囲外です。{ $min }〜{ $max } を指定してください
kiosk-all-carriers = 料金表のすべての会社
kiosk-config-ok = キオスクの設定は有効です。操作がないまま{ $idle }秒で最初に戻ります。扱う会社：{ $carriers }。
kiosk-pin-prompt = 新しい管理者PIN（8〜12桁の数字）：
kiosk-pin-again = もう一度同じPINを入力してください：
kiosk-pin-mismatch = 2回のPINが一致しないため、作成しませんでした。
kiosk-pin-made = 次の行をキオスクの設定ファイルに書いてください（PINそのものではなく、ソルト付きのハッシュです）：
error-field-written = 「{ $field }」
error-read = { $file }：読み込めません。{ $why ->
    [not_found] ファイルが見つかりません
    [denied] 読む権限がありません
    [directory] ファイルではなくフォルダーです
    [not_text] UTF-8のテキストではありません
    [too_big] 大きすぎます。{ $kind ->
        [tables] 料金表のファイル
       *[answers] 回答や設定のファイル
    }は{ $mib } MiB（{ $bytes }バイト）までです
    [not_regular] 通常のファイルではありません（パイプ・デバイス・ソケットのいずれかです）。料金表のフォルダーにはファイルだけを置いてください
   *[other] 読み込み中にエラーが起きました
}
error-not-utf8 = { $file }:{ $line }:{ $col }: UTF-8のテキストではありません。UTF-8で保存し直してください。
error-write = 出力を書き込めませんでした。ディスクの空きがないか、出力先が閉じています。
validate-at = { $file }:{ $line }:{ $col }: { $message }
validate-more-like-it = { $line }（ほかに同じものが{ $count }件あります）
validate-more-of-kind = { $line }（ほかに同じ種類の問題が{ $count }件あります）
validate-see-every = すべての箇所は、同じフォルダーを指定した hosho validate --data で確認できます。
validate-control = 制御文字、または制御文字になるエスケープがあります。料金表の文字はそのまま表示されるため、端末を操作してしまう文字は使えません
validate-twice = 「{ $value }」が2回書かれています
validate-after-table = 日付（{ $date }）がこの表の日付（{ $table }）より後です
validate-unknown-source = 出典「{ $src }」はsources.ronにありません
validate-yen = { $what }が{ $value }です。{ $min }〜{ $max }にしてください
validate-count = { $what }が{ $value }です。1〜{ $max }にしてください
validate-ratio = { $what }が{ $value }です。{ $min }〜{ $max }にしてください
validate-what-first_billed_month = 料金がかかり始める月
validate-what-cover_from_month = 請求できるようになる月
validate-what-uses_per_year = 年間の利用回数
validate-what-natural_window = 自然故障の補償期間（か月）
validate-what-price = 発売時の価格
validate-what-repair = 修理代
validate-plan-for = 対象のOSと端末の入手方法を、それぞれ1つ以上書いてください
validate-fee-range = 月額の範囲は「下限 ≦ 計算に使う額 ≦ 上限」にしてください
validate-no-tiers = 機種別の月額に区分が1つもありません
validate-tier-unused = 区分「{ $tier }」に当てはまる端末がdevices.ronにありません
validate-no-benefits = 補償の内容が1つもありません
validate-no-kinds = 補償の内容に、対象になる故障の種類がありません
validate-capped = 上限ありの補償ですが、プランに上限がありません
validate-unknown-model = 機種「{ $model }」はdevices.ronにありません
validate-device-name = 機種名または別名「{ $name }」が空か、ほかの機種と重なっています
validate-unknown-tier = 料金区分「{ $tier }」はplans.ronにありません
validate-unknown-repair = 修理代の区分「{ $repair }」はrepairs.ronにありません
validate-bands-end = { $os }の価格帯は、最後を{ $max }までにしてください
validate-bands-rise = { $os }の価格帯は、上限の安い順に並べてください
validate-prior = { $what }：年あたりの率は0.01〜5、重みは0.5〜20年にしてください
validate-split = 破損の内訳（{ $os }）：割合は0以上で、合計を1にしてください（いまの合計は{ $sum }）
validate-protection-once = 「{ $protection }」は1回だけ書いてください（{ $count }回書かれています）
validate-protection-range = 「{ $protection }」：倍率は0.1〜3にしてください
validate-natural-rates = 自然故障の率は年0〜2、初期の月数は1〜120にしてください
validate-battery-share = 自然故障のうちバッテリーの劣化の割合は、0〜1にしてください
validate-theft-share = 紛失・盗難のうち盗難の割合は、0〜1にしてください
validate-cheap-below-expensive = 「買い替えが安い端末」の価格は、「高価な端末」の価格より低くしてください
validate-no-source = この規則には出典がありません
validate-not-a-table = hoshoの料金表のファイル名ではありません（使えるのは{ $expected }）
validate-incomplete = 料金表のセットにはすべてのファイルが必要です。足りないファイル：{ $missing }。元のセットからコピーしてください（組み込みの料金表と混ぜて使うことはありません）
validate-bundle-manifest = `hosho tables bundle` が書く形のマニフェストではありません
validate-bundle-newer = このバンドルには hosho { $needs } 以降が必要です（これは { $version } です）
validate-bundle-list = マニフェストには、料金表のファイルすべてと検査済みの読み込み結果を、この順に書く必要があります：{ $expected }
validate-bundle-missing = マニフェストにはありますが、バンドルにありません
validate-bundle-changed = マニフェストの SHA-256 と一致しません。書き出したあとにバンドルが変更されています
validate-bundle-extra = マニフェストにありません。バンドルにはほかのファイルを置けません
validate-no-tables = 料金表のファイルがありません（{ $expected }のどれかを置いてください）
syntax-eof = ファイルが途中で終わっています。閉じかっこが足りないかもしれません
syntax-comma = ここにカンマ（,）が必要です
syntax-colon = 項目名のあとに「:」が必要です
syntax-string = ここには "…" で囲んだ文字列を書いてください
syntax-integer = ここには整数を書いてください
syntax-number = ここには数値を書いてください
syntax-boolean = ここには true か false を書いてください
syntax-option = ここには Some(…) か None を書いてください
syntax-list = ここには [ … ] の形の一覧を書いてください
syntax-open = ここには ( で始まる項目の並びを書いてください
syntax-close = ここで ) が必要です
syntax-name = ここには項目名を書いてください
syntax-char = 「{ $char }」はここには書けません
syntax-trailing = 最後の閉じかっこのあとに余分な文字があります
syntax-comment = コメントが閉じられていません
syntax-utf8 = UTF-8として読めない文字があります
syntax-variant = 「{ $found }」は使えない値です。使える値：{ $expected }
syntax-unknown-field = 「{ $found }」は知らない項目です。使える項目：{ $expected }
syntax-missing-field = 項目「{ $field }」が必要です
syntax-duplicate-field = 項目「{ $field }」が2回書かれています
syntax-length = 値の個数が違います
syntax-value = この値はここには書けません。種類（文字列・数値など）を確認してください
syntax-other = この書き方は読み取れません
kiosk-field-pin_hash = 管理用PINのハッシュ
kiosk-field-idle_reset_seconds = 初期化までの秒数
kiosk-field-carriers = 扱う会社
kiosk-field-state_dir = 状態を保存するディレクトリ
error-unknown-carrier = 「{ $value }」という会社は料金表にありません。使える会社：{ $known }
error-date-range = { $value }は{ $first }年〜{ $last }年の範囲外です
error-released-before-catalog = 発売月{ $released }は、{ $model }の発売（{ $catalog }）より1年以上前です。省略するとカタログの発売月を使います
error-undecided-in-list = 「{ $undecided }」は通信会社ではありません。通信会社を名前で挙げるか、何も挙げないでください
error-bought-after-today = 購入日{ $bought }が今日（{ $today }）より後です
error-bought-before-release = 購入日{ $bought }が機種の発売月{ $released }より前です
validate-unknown-carrier = 会社「{ $carrier }」はcarriers.ronにありません
validate-join-apart = 会社のないプランは「Apart」（会社とは別に買う保証）に、会社のプランはそれ以外にしてください
validate-no-limit = 年間の利用回数も年間の上限額もないため、回数を数える補償を計算できません
validate-unworded = 「{ $value }」には表示する文言がありません。既存の条件や手順の名前を使ってください
validate-what-step_days = 手順の日数
validate-what-step_yen = 手順の金額
validate-what-conflict_yen = 食い違いのある金額
validate-what-street_screen_yen = 街の修理店での画面修理代
validate-what-street_diagnosis_yen = 街の修理店での診断料
validate-what-cover_until = 保証が続く期間（か月）
error-kiosk-state = 管理者PINがあるため、再起動しても誤りを数えられるよう、キオスクは入力されたPINの誤りを記録します。{ $why ->
    [missing] 状態を保存するディレクトリ { $path } がありません。作成するか（systemd の StateDirectory=hosho で作られます）、設定の state_dir で別の場所を指定してください。
    [not_writable] 状態を保存するディレクトリ { $path } に書き込めません。キオスクを動かすユーザーに書き込み権限を与えるか、設定の state_dir で別の場所を指定してください。
    [unreadable] ファイル { $path } を読めないか、hoshoのファイルではありません。内容を確かめてから削除してください。
   *[nowhere] 記録する場所が見つかりません。設定の state_dir を指定するか、systemd の StateDirectory=hosho のもとで動かしてください。
}
kiosk-no-config = なし（管理者PINなし）
