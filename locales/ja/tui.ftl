# 対話画面
tui-title = hosho：端末保証アドバイザー
start-lead = 格安SIMに乗り換えるとき、端末保証に加入すべきでしょうか。十数問の短い質問（2分ほど）に答えると、加入・見送り・予備のスマホのどれがよいかを、金額の根拠とともにお伝えします。
start-language = 言語：日本語（l キーで English）
start-go = Enter キーで始めます。
progress = 質問 { $at } / { $of }
help-title = キー一覧
quit-confirm = hoshoを終了しますか。y で終了、ほかのキーで続けます。
too-small = ウィンドウを { $cols } × { $rows } 以上に広げてください。

q-carrier = どの会社に乗り換えますか。
why-carrier = 会社ごとに選べる保証オプションが違います。
q-device_source = スマホはどこで手に入れますか。
why-device_source = 会社で購入した端末だけが対象のオプションがあります。
q-os = iPhoneですか、Androidですか。
why-os = プランも修理代も、両者で違います。
q-model = 機種はどれですか。名前の一部を入力してください。
why-model = 機種がわかれば、価格・発売月・機種ごとの料金区分がわかります。
q-price = 端末の価格はいくらですか（新品で買う場合の価格）。
why-price = 安い端末は、保証より買い替えのほうが得なことがよくあります。
q-released = 機種の発売月はいつですか。（YYYY-MM）
why-released = 自然故障を発売から一定期間しか補償しないプランがあります。
q-damage = この2年間に、画面割れなどでスマホを壊したのは何回ですか。
why-damage = 平均値よりも、ご自身の実績のほうが当てになります。
q-water = 同じ期間に、水濡れで壊したのは何回ですか。
why-water = 水濡れは画面割れとは別の料金になります。
q-lost = 同じ期間に、紛失や盗難で戻ってこなかったスマホは何台ですか。
why-lost = 紛失や盗難では買い直しになり、ほとんどの保証は何も支払いません。
q-protection = 普段、スマホをどう守っていますか。
why-protection = ケースやフィルムがあれば、事故は少なく、修理代も安く済みます。
q-warranty = AppleCare+などの保証に入っていますか。何月まで有効ですか。（YYYY-MM、なければ空欄）
why-warranty = ほかの保証が有効なあいだは、会社の保証は使う場面がありません。
q-horizon = このスマホをあと何か月使いますか。
why-horizon = 月額料金は、使う月数だけかかります。
q-risk = どちらがより気になりますか。
why-risk = 運の悪い事故続きを、平均より重く見て判断することもできます。
q-eligibility = 当てはまるものはありますか。（Space で切り替え）
why-eligibility = どれか一つでも当てはまると、加入できないプランがあります。
q-customer = 乗り換え先の会社の回線を、すでに契約していますか。（当てはまるものを Space で切り替え）
why-customer = 新規契約のときだけ申し込めるオプションがあります。
q-bought = この端末を買ったのはいつですか。（YYYY-MM-DD。月しかわからなければYYYY-MM）
why-bought = AppleCare+は購入から30日、スマホ保険は1年以内なら、乗り換えのあとでも加入できます。
q-linemo_fee = この機種の「持込端末保証 with AppleCare Services」の月額は何円ですか。
why-linemo_fee = 機種によって違います。LINEMOやワイモバイルのサイトに載っています。

choice-carrier = { $carrier }{ $cover ->
    [no] （持ち込み端末の保証なし）
   *[yes] {""}
}
choice-undecided = まだ決めていない
choice-bring_own = 手持ちの端末を使う
choice-buy_new = 会社で新品を買う
choice-buy_used = 会社で中古品を買う
choice-ios = iPhone
choice-android = Android
choice-bare = ケースなし
choice-case = ケースあり
choice-case_and_film = ケースと画面フィルム
choice-rugged = 耐衝撃ケース
choice-neutral = 長い目で見た平均の費用
choice-averse = 運悪く事故が続くこと
choice-no = いいえ
choice-yes = はい
toggle-unofficial_repair = Appleやメーカー以外で修理したことがある
toggle-damaged_now = いま壊れている
toggle-overseas_model = 海外版の端末である
toggle-wifi_only = Wi-Fi専用モデルである
toggle-customer = { $carrier }の回線をすでに契約している
toggle-leased_or_business = リース品または会社の端末である
model-not-listed = 一覧にない（価格を入力する）
model-filter = 検索：{ $typed }
entry-range = { $min }から{ $max }までの数字を入力してください。
entry-number = 数字だけを入力してください。
entry-month = 2024-09 のように、年と月を YYYY-MM で入力してください。
entry-day = 2026-11-29 のように、年月日を YYYY-MM-DD で入力してください。月しかわからなければ YYYY-MM で入力できます。
entry-none = なし
review-title = 回答の確認

whatif-line = 破損の頻度 ×{ $factor }（破損 年{ $damage }回・水濡れ 年{ $water }回、紛失・盗難 年{ $gone }回）、{ $months }か月間
whatif-on = 仮定の計算（0 で元に戻ります）：{ $line }
chart-title = 月ごとの累計費用
chart-legend = { $title }：
chart-months = か月
tcol-option = 選択肢
tcol-monthly = 月額
tcol-fees = 料金合計
tcol-expected = 想定（{ $months }か月）
tcol-bad-case = 運が悪い場合（{ $months }か月）
tcol-expected-short = 想定
tcol-bad-case-short = 運が悪い場合
tcol-break-even = 損益分岐
tcol-eligible = 加入
tcell-break-even = { $count }回
short-skip = 加入しない
short-buy_spare = 予備のスマホ
table-note = 想定：料金と修理代の平均。運が悪い場合：悪いほうから1割の平均です。
saved = レポートを { $path } に、回答を同じフォルダーの { $answers } に保存しました。hosho --answers { $answers } でもう一度開けます。
save-failed = レポートを { $path } に保存できませんでした（{ $why ->
    [denied] 書き込む権限がありません
    [read_only] 読み取り専用のディスクです
    [full] ディスクの空きがありません
    [not_found] フォルダーがありません
   *[other] 書き込み中にエラーが起きました
}）。
cited = { $text }（{ $source }）

# 無人端末（キオスク）
attract-title = 端末保証に入るべきか、2分でわかります
attract-lead = 格安SIMに乗り換える方へ。端末保証オプションに入る価値があるか、いくつかの質問に答えるだけでお答えします。
attract-press = 何かキーを押すと始まります
attract-lang = l：English
attract-title-other = Should you add a device warranty?
attract-press-other = Press any key to start
kiosk-countdown = しばらく操作がないため、{ $secs }秒後に最初の画面に戻り、回答はすべて消去されます。続けるには何かキーを押してください。
kiosk-pin = 管理者PIN：{ $dots }（Enter で確定、Esc で取り消し）
kiosk-pin-retry = PINが違います。管理者PIN：{ $dots }（Enter で確定、Esc で取り消し）
kiosk-pin-wait = PINが違います。あと{ $secs }秒たつと、もう一度入力できます。
kiosk-pin-locked = PINの誤りが続いたため、{ $mins }分間PINを入力できません。
kiosk-pin-checking = PINを確認しています…

# 店頭用フォーム
counter-title = hosho：店頭モード
label-today = 今日の日付（YYYY-MM-DD）
label-carrier = 乗り換え先
label-device_source = 端末の入手
label-os = OS
label-model = 機種
label-price = 端末の価格
label-released = 発売月（YYYY-MM）
label-damage = 2年間の破損回数
label-water = 2年間の水濡れ回数
label-lost = 2年間の紛失・盗難
label-protection = 普段の保護
label-warranty = 保証の期限（YYYY-MM）
label-horizon = あと何か月使うか
label-risk = 心配なこと
label-customer = 契約中の会社
label-bought = 購入日（年月日か年月）
label-linemo_fee = AppleCare Servicesの月額
value-on = はい
value-off = いいえ
model-matches = { $at }/{ $of }（←/→）
counter-incomplete = 未入力の項目があります：{ $message }
qr-caption = 読み取ると結果の要約を持ち帰れます
qr-join = hosho：{ $plan }に加入、月額{ $fee }。IMEI登録期限{ $imei }。
qr-join-noimei = hosho：{ $plan }に加入、月額{ $fee }。
qr-skip = hosho：端末保証は見送り（{ $months }か月の想定{ $total }）。
qr-buy_spare = hosho：端末保証は見送り、予備のスマホ（{ $spare }程度）を用意。
qr-buy_apart = { $dated ->
    [yes] hosho：通信会社の保証には加入せず、{ $until }までに{ $option }に申し込み。
   *[no] hosho：通信会社の保証には加入せず、{ $option }に申し込み。
}
qr-check = { $check }。
qr-no-room = ウィンドウが小さくてQRコードを表示できません。QRコードの内容は次のとおりです。
qr-page = c キーでQRコードを別の画面に表示します。
qr-page-ascii = c キーで持ち帰り用の要約を別の画面に表示します。
qr-ascii = この端末は半角英数字しか表示できないため、QRコードは出せません。要約は次のとおりです。メモするか写真に撮ってください。
qr-next-page = Enter キーでQRコードを表示します。
qr-taller = c キーでQRコードを別の画面に表示します（ウィンドウをあと{ $rows }行高くすると、ここに表示されます）。
slabel-unofficial_repair = メーカー以外で修理
slabel-damaged_now = いま破損あり
slabel-overseas_model = 海外版
slabel-wifi_only = Wi-Fi専用
slabel-leased_or_business = リース・会社の端末
slabel-existing_iijmio_user = IIJmioを利用中
slabel-existing_linemo_user = LINEMOを利用中
slabel-customer = { $carrier }を契約中
label-eligibility = 当てはまること
review-line = { $label }：{ $answer }

# 質問への答えと、まだ必要なもの。
unknown-released = わからない（メーカー保証は数えず、発売から間もない機種向けのプランは対象外として扱います）
unknown-linemo_fee = わからない（{ $nearest ->
    [yes] 最も近い機種の料金
   *[no] 表の最高額
}{ $fee }で計算します）
unknown-bought = わからない（AppleCare+や保険に入れるかは、購入日を確かめてから判断します）
# 選択肢の短い名前（店頭フォームの1行に全文が入らないもの）
brief-choice-carrier = { $carrier }{ $cover ->
    [no] （保証なし）
   *[yes] {""}
}
brief-choice-bring_own = 手持ちの端末
brief-choice-buy_new = 会社で新品
brief-choice-buy_used = 会社で中古品
brief-choice-case_and_film = ケースとフィルム
brief-choice-neutral = 平均の費用
brief-choice-averse = 事故が続く場合
brief-not-listed = 一覧にない
brief-unknown = わからない
brief-unknown-fee = わからない（{ $fee }で計算{ $nearest ->
    [yes] 、近い機種の料金
   *[no] {""}
}）
entry-missing = 未回答
list-separator = 、
need-price = 一覧から機種を選ぶか、価格を入力してください。
need-release-after-today = { $released }は今日より後です。
need-model-os = { $model }はもう一方のOSの機種です。機種を選び直してください。
need-date-range = { $first }年から{ $last }年までの日付を入力してください。
need-released-before-catalog = { $model }の発売は{ $catalog }です。空欄にすると、その月を使います。
need-check = この答えを確かめてください。
need-bought-after-today = 購入日が今日より後になっています。
need-bought-before-release = 購入日が機種の発売（{ $released }）より前になっています。
problem-line = { $label }：{ $need }
counter-empty = 機種か価格を入力すると、アドバイスが表示されます。

# キー：キー行とヘルプは src/tui/keys.rs の表から作られます。
key-pin = 暗証番号の数字
key-erase = 消す
key-confirm = 確定
key-cancel = やめる
key-admin = 管理者
key-language = English
key-quit-now = すぐに終了
key-type = 機種名を入力
key-type-number = 数字を入力
key-type-day = 年月日か年月を入力（2026-11-29、2026年11月）
key-type-month = 年月を入力（2027-03、2027/3、2027年3月）
key-start = 始める
key-pick = 番号で選ぶ
key-choose = 選ぶ
key-move = 移動
key-switch = 切り替え
key-next = 次へ
key-review-enter = 結果を見る／選んだ答えを変える
key-see-advice = 結果を見る
key-see-advice-now = すぐに結果へ
key-back = 戻る
key-select = 選択肢を選ぶ
key-open = 内訳を見る
key-close = 内訳を閉じる
key-scroll = スクロール
key-rate = 破損率
key-months = 月数
key-reset = 試算を元に戻す
key-tab = 詳細／概要
key-tab-kiosk = 詳細／持ち帰り用QRコード／概要
key-save = 保存
key-finish = 終了
key-answers = 回答に戻る
key-field = 項目
key-change = 変更
key-next-field = 次の項目
key-results = 結果
key-qr = QRコード
key-form = 入力画面へ
key-next-customer = 次のお客様
key-help = キー一覧
key-quit = 終了
help-close = 何かキーを押すと閉じます。
review-hint = Enter キーで結果を表示します。変えたい答えを選んで変更することもできます。
review-go = 結果を見る
entry-none-choice = ほかの保証はない
next-confirm = 次のお客様のために、回答をすべて消しますか。y で消去、ほかのキーでそのまま残します。
finish-confirm = 終了して、回答をすべて消しますか。y で終了、ほかのキーで続けます。
qr-what-if = （試算：破損率×{ $factor }、{ $months }か月）
counter-whatif = 破損率×{ $factor }・{ $months }か月（+/-で試算、0で元に戻す）

# 選択肢の内訳（結果画面で Enter）。
bd-title = { $option }：内訳
bd-closed = 加入できません：{ $why }
bd-check = 先に確認すること：{ $why }
bd-fees = 料金：月額{ $fee }、{ $months }か月で{ $total }。
bd-spare = 予備のスマホ：1回の購入で約{ $total }。
bd-no-fees = 料金はかかりません。
bd-fees-at-once = 料金：2年分{ $lump }を一括払いし、その後は月額{ $fee }。{ $months }か月で{ $total }です。
bd-cover-ends = 補償は{ $until }で終わります。そこで解約するものとして、{ $kept }か月分の料金で計算し、その後は料金も補償もありません。
bd-spare-rule = { $over }（端末の{ $price }から安いスマホの{ $cheap }を引いた額）より高い修理はせず、予備に切り替えます。その後の故障は、安いスマホの修理代か買い替え代になります。
bd-kind-spare = { $kind }：{ $months }か月で{ $expected }回の見込み、そのうち{ $covered }回は予備に切り替えます。
bd-spare-copay = 最初の1回は端末の価値（安いスマホとの差{ $first }）を失い、予備に替えたあとは{ $free ->
    [yes] 無料です（予備のメーカー保証）。
   *[no] 1回約{ $later }です。
}
bd-kind = { $kind }：{ $months }か月で{ $expected }回の見込み（補償の対象{ $covered }回）。
bd-before-cover = そのうち{ $count }回は、補償が始まる前の最初の{ $months }か月に起きる見込みです。
bd-after-cover = { $count }回は、対象外となる後の期間に起きる見込みです。
bd-over-limit-year = 対象のうち約{ $count }回は年間の回数上限を超え、全額自己負担です。
bd-over-limit = 対象のうち約{ $count }回は利用回数の上限を超え、全額自己負担です。
bd-copay = 補償時の負担は1回目{ $first }、2回目以降{ $later }。
bd-copay-same = 補償時の負担は1回{ $copay }。
sentence-gap = {""}
bd-pay = 対象外は1回約{ $pay }。
bd-pay-spare = 修理する場合は1回約{ $pay }。
bd-limit-year = 補償は年{ $count }回まで。
bd-limit = 補償は通算{ $count }回まで。
bd-cap = 1回の補償は{ $cap }まで。
bd-totals = { $months }か月の合計：平均{ $expected }、悪い場合{ $bad }。

# キオスクのジャーナル（サービスの標準エラー出力）：お客様の回答やPINの数字は書かない
journal-start = hosho キオスク { $version }（コミット { $commit }）を起動しました。料金表は{ $tables }時点（sha256 { $digest }）、設定は{ $config }、PINの誤りは{ $state }に記録します。
journal-start-nopin = hosho キオスク { $version }（コミット { $commit }）を起動しました。料金表は{ $tables }時点（sha256 { $digest }）、設定は{ $config }、管理者PINはありません。
journal-tables-taken = お客様の合間に新しい料金表を読み込みました：{ $as_of }時点（sha256 { $digest }）。
journal-tables-refused = 新しい料金表を使えないため、これまでの料金表を使い続けます：{ $why }
journal-tables-carriers = このキオスクで扱う会社（{ $carriers }）が料金表にありません
journal-tables-unreadable = { $path } を読めませんでした
journal-wrong-pin = 管理者PINの誤りがありました（24時間で{ $misses }回）。次の入力は{ $wait }秒後から受け付けます。
journal-locked = 管理者PINの誤りが続いたため、{ $mins }分間PINの入力を止めます。
journal-admin-exit = 管理者がPINでキオスクを終了しました。
journal-idle-reset = 操作がなかったため回答を消去し、最初の画面に戻りました。
journal-state-unsaved = PINの誤りを{ $file }に書き込めませんでした。キオスクが止まるまでは数えています。
