report-title = hosho：端末保証のアドバイス
report-date = { $today }時点、{ $months }か月間のアドバイスです（料金表は{ $as_of }時点）。
report-basis = 金額はすべて{ $months }か月間、破損は年{ $damage }回・水濡れは年{ $water }回の想定です{ $tried ->
    [yes] （試算：破損の頻度×{ $factor }）
   *[no] {""}
}。
report-reasons = 理由
report-options = 選択肢
report-steps = 次にすること
report-warnings = ご注意
report-sources = 出典
report-gates = 加入条件
col-option = 選択肢
col-monthly = 月額
col-fees = 料金合計
col-expected = { $months }か月の想定費用
col-bad-case = { $months }か月で運が悪い場合
col-break-even = 損益分岐（修理回数）
col-eligible = 加入可否
value-yes = 可
value-no = 不可
value-soft = 要確認
value-none = -
break-even-value = { $count }回
due-label = 期限：{ $date }
level-hard = 対象外
level-soft = 要確認
tables-title = hosho：使用中の料金表（{ $as_of }時点）
tables-plans = プラン
tables-fee = 月額
tables-billing = 料金は{ $month }か月目から。初月は{ $start }、解約月は{ $cancel }
tables-cover = 請求は{ $month }か月目から。年{ $uses }回まで
tables-cap = 1回あたりの上限：{ $cap }
tables-natural = 自然故障は{ $from ->
    [release] 機種の発売
   *[start] 利用開始
}から{ $months }か月補償
tables-natural-always = 自然故障は加入中ずっと補償
tables-natural-none = 自然故障は補償対象外
tables-benefit = { $kinds }：1回目{ $first }、2回目以降{ $later }{ $capped ->
    [yes] 、上限を超えた修理代は自己負担
   *[no] {""}
}{ $exchange ->
    [none] {""}
   *[other] 。または交換{ $exchange }
}
tables-conflict = 食い違い：「{ $other_src }」は{ $other }としていますが、公式の{ $official }（「{ $official_src }」）を使っています
tables-assumption = 仮定：{ $id }（{ $src }）
tables-proration-full = 満額
tables-proration-byday = 日割り
tables-devices = 端末カタログ
tables-repairs = 保証なしの修理代（画面／背面ガラス／その他）
tables-risk = 故障の発生率（年あたり）
tables-risk-damage = 破損の事前値 { $rate }、重み{ $weight }年（{ $src }、{ $as_of }）
tables-risk-water = 水濡れの事前値 { $rate }、重み{ $weight }年（{ $src }、{ $as_of }）
tables-risk-natural = 自然故障は最初の{ $months }か月は年{ $early }、その後は年{ $late }（{ $src }、{ $as_of }）
tables-thresholds = しきい値
tables-sources = 出典
kind-screen = 画面
kind-back_glass = 背面ガラス
kind-water = 水濡れ
kind-other = その他の破損
kind-natural = 自然故障
kind-battery = バッテリーの劣化
validate-ok = 料金表に問題はありません：ファイル{ $files }件、プラン{ $plans }件、端末{ $devices }件、出典{ $sources }件。
validate-origin = { $file }：{ $origin }
validate-built-in = 組み込み
source-assumption = hoshoの想定
source-kind-official = 公式ページ
source-kind-press_release = プレスリリース
source-kind-blog = ブログ
source-kind-survey = 調査
source-kind-price_list = 価格表
source-kind-assumption = hoshoの想定
report-key = 料金合計：月額の合計、または予備のスマホの価格。想定費用：料金と修理代の平均的な合計。運が悪い場合：悪いほうから{ $percent }%の結果の平均。損益分岐：{ $months }か月で何回修理すると加入したほうが得になるか。加入可否：この端末で申し込めるか。
cite-refs = 出典：{ $refs }
cite-refs-assumed = 出典：{ $refs }、hoshoの想定
source-entry = { $known ->
    [yes] { $publisher }「{ $title }」
   *[no] 「{ $title }」
}（{ $kind }、{ $date }）
source-entry-assumption = hoshoの想定：出典が数値を示していないところでhoshoが置いた仮定です。それぞれの理由は「hosho tables」の注記で確認できます。
source-unnamed = 出典不明
condition-line = { $option }（{ $level }）：{ $text }
