report-title = hosho：端末保証のアドバイス
report-date = { $today }時点、{ $months }か月間のアドバイスです（料金表は{ $as_of }時点）。
report-basis = 金額はすべて{ $months }か月間、破損は年{ $damage }回・水濡れは年{ $water }回・紛失や盗難は年{ $gone }回の想定です{ $tried ->
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
tables-intro = [1]などの番号は末尾の「出典」の番号で、そのあとの年月は数値の時点です。
tables-cite = { $refs }・{ $as_of }
tables-section-plans = ■ 各社のプラン（{ $count }件）
tables-section-carriers = ■ 乗り換え先の会社（{ $count }社）
tables-section-apart = ■ 会社とは別に入れる保証（{ $count }件）
tables-section-devices = ■ 端末カタログ（{ $count }機種）
tables-section-repairs = ■ 保証がないときの修理代（税込）
tables-section-risk = ■ 故障の起こりやすさ（年あたり）
tables-section-thresholds = ■ 判断に使う基準
tables-section-sources = ■ 出典
tables-row-for = 対象
tables-row-fee = 月額
tables-row-billing = 料金
tables-row-claims = 請求
tables-row-cap = 上限
tables-row-natural = 自然故障
tables-row-copay = 自己負担
tables-row-conflict = 食い違い
tables-row-note = 注記
tables-list-sep = ・
tables-for = { $way }（{ $os }）
tables-way = { $way ->
    [buy_new] { $carrier }で購入した新品の端末
    [buy_used] { $carrier }で購入した中古の端末
   *[bring_own] 持ち込みの端末
}
tables-fee-range = 機種により{ $low }〜{ $high }（計算には{ $used }を使用）
tables-fee-tier = { $tier ->
    [pro] 上位モデル（Pro・Pro Max・XS・Air）
    [plus] Plusシリーズ
    [se] iPhone SE
    [standard] 標準モデル
   *[other] そのほかの機種
}：{ $fee }
tables-billing = { $month }か月目から。初月は{ $start }、解約月は{ $cancel }
tables-billing-from-start = 加入日から毎月1回（12か月で12回）
tables-with-battery = { $text }（バッテリー交換も同じ期間）
tables-fee-nearest = { $fee }（近い機種の料金、要確認）
tables-claims = { $month }か月目から。{ $uses ->
    [none] 回数の上限なし
   *[other] 年{ $uses }回まで
}
tables-cap = 1回あたり{ $cap }まで
tables-natural = { $from ->
    [release] 機種の発売
    [release_year_end] 機種の発売年の年末
   *[start] 利用開始
}から{ $months }か月補償
tables-natural-always = 加入中はずっと補償
tables-natural-none = 補償の対象外
tables-benefit = { $kinds }：1回目{ $first }、2回目以降{ $later }{ $capped ->
    [yes] 。上限を超えた修理代は自己負担
   *[no] {""}
}{ $exchange ->
    [none] {""}
   *[other] 。または{ $exchange }
}
tables-benefit-pays = { $kinds }：買い直しの費用として{ $paid }が支払われ、残りは自己負担
tables-pays-up-to = 最大{ $yen }（端末価格が低ければその額）
tables-pays-share = 端末価格の{ $share }%
tables-exchange = 交換（1回目{ $first }、2回目以降{ $later }）
tables-only-os = { $os }：{ $text }
tables-only-models = { $text }（対象：{ $models }）
tables-conflict = { $about }：{ $same ->
    [yes] 同じ出典{ $official_src }に{ $other }とも書かれていますが、{ $official }を使っています
   *[no] { $other_src }は{ $other }としていますが、{ $official_src }の{ $official }を使っています
}
tables-proration-full = 満額
tables-proration-byday = 日割り
tables-col-model = 機種
tables-col-os = OS
tables-col-released = 発売
tables-col-price = 発売時の価格
tables-col-linemo = AppleCare Servicesの月額（LINEMO・ワイモバイル）
tables-col-applecare = AppleCare+の月額
tables-col-source = 出典・時点
tables-col-repair = 機種・区分
tables-devices-note = 価格は最小容量の発売時の税込価格です。「入力が必要」の機種は、日本での発売時の価格を出典で確認できていないため、hoshoが価格をお聞きします。「要確認」の機種は、その月額を出典で確認できていません。「近い機種の料金」は、料金表に載るまで最も近い機種の料金を使っていることを示します。
tables-price-asked = 入力が必要
tables-from-band = 区分の料金
tables-band = { $os }（発売時の価格が{ $price }以下）
tables-band-over = { $os }（発売時の価格が{ $price }超）
tables-repair-warranty = AppleCare+などの保証期間中
tables-street = 街の修理店：画面の修理{ $screen }、診断{ $diagnosis }
tables-repairs-note = 水濡れと自然故障は「その他の破損」の料金で計算します。
tables-prior = 年{ $rate }%（過去2年の回数で補正。重みは{ $weight }年分）
tables-risk-damage = 破損
tables-risk-water = 水濡れ
tables-risk-natural = 自然故障
tables-risk-gone = 紛失・盗難（戻らなかったもの）
tables-risk-theft = うち盗難
tables-theft-share = { $share }%（残りは紛失）
tables-natural-rate = 最初の{ $months }か月は年{ $early }%、その後は年{ $late }%。うち{ $battery }%はバッテリーの劣化
tables-split = 破損の内訳（{ $os }）
tables-split-shares = 画面{ $screen }%・背面ガラス{ $back }%・その他{ $other }%
tables-protection = 破損{ $damage }倍・水濡れ{ $water }倍
tables-months = { $n }か月
tables-days = { $n }日
tables-within = 差が{ $pct }%以内
tables-worst = 最も悪い{ $pct }%の平均
tables-threshold-cheap_device = 保証より買い替えが安い端末（この価格以下）
tables-threshold-expensive_device = 保証を勧める高価な端末（この価格超）
tables-threshold-spare_phone = 乗り換えのときに買う予備のスマホの価格
tables-threshold-cheap_phone = 予備が壊れたときに買う安いスマホの価格
tables-threshold-about_same = 費用が「ほぼ同じ」とみなす差
tables-threshold-review_after_months = 加入後に見直す時期
tables-threshold-overlap_soon_months = 今の保証が「まもなく終わる」とみなす残り期間
tables-threshold-old_device_months = 「古い端末」とみなす発売からの期間
tables-threshold-maker_warranty_months = メーカー保証の期間（購入から）
tables-threshold-bad_case_quantile = 「悪い場合」の費用
tables-threshold-stale_after_months = 料金表が古いと警告するまで
tables-threshold-fee_source_stale_months = 月額の出典が古いと警告するまで
kind-screen = 画面
kind-back_glass = 背面ガラス
kind-water = 水濡れ
kind-other = その他の破損
kind-natural = 自然故障
kind-battery = バッテリーの劣化
kind-theft = 盗難
kind-lost = 紛失
validate-ok = 料金表に問題はありません：ファイル{ $files }件、プラン{ $plans }件、端末{ $devices }件、出典{ $sources }件。
validate-origin = { $file }：{ $origin }
validate-built-in = 組み込み
source-assumption = hoshoの想定
source-kind-official = 公式ページ
source-kind-press_release = プレスリリース
source-kind-news = ニュース
source-kind-blog = ブログ
source-kind-survey = 調査
source-kind-price_list = 価格表
source-kind-dataset = データベース
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
source-undated = 日付なし、{ $read }に確認
condition-line = { $option }（{ $level }）：{ $text }
tables-carrier = { $cover }{ $sells ->
    [no] 。端末の販売なし
   *[yes] {""}
}
tables-carrier-offered = 持ち込み端末向けの保証：{ $plans }
tables-carrier-closed = 持ち込み端末向けの保証は{ $since }に新規受付を終了
tables-carrier-never = 持ち込み端末向けの保証なし
tables-row-join = 加入
tables-join-signup = 回線の申し込み時のみ（後からは加入できません）
tables-join-anytime = 契約中ならいつでも
tables-join-apart = 会社とは別に、購入から決まった期間内に加入
tables-join-apart-covered = 会社とは別に、購入から決まった期間内か、有料の保証が有効な間に加入
tables-row-variant = 計算に使うプラン
tables-row-variant-other = ほかのプラン
tables-variant = { $name }：月額{ $fee }
tables-row-cover-until = 保証の終わり
tables-cover-until = { $from ->
    [release] 機種の発売
    [release_year_end] 機種の発売年の年末
   *[start] 利用開始
}から{ $months }か月
tables-yearly-limit = 年間合計{ $yen }まで
tables-two-years = { $text }（2年一括{ $yen }）
tables-row-step = 手続き
tables-step = { $step }：{ $figures }
tables-step-register_imei = IMEIの登録期限
tables-step-linemo_apply_window = オンラインでの申し込み期限（契約日を含む）
tables-step-register_imei_photos = IMEIと写真の登録期限
tables-step-return_old_device = 故障した端末の返却期限と、返さないときの請求額
tables-step-return_loaner = 代替機の返却期限と、返さないときの請求額（代替機の価値による）
tables-step-buy_within_purchase_window = 購入からの加入期限
fee-at-once = 2年一括{ $yen }

# The answers a report rests on, at its top
answers-title = ご回答の内容
answers-unknown = 不明
answers-not-listed = カタログにない機種
answers-device = 端末：{ $model }（{ $os ->
    [ios] iOS
   *[android] Android
}）、{ $source ->
    [buy_new] 回線と一緒に新品を購入
    [buy_used] 回線と一緒に中古品を購入
   *[bring_own] 手持ちの端末を持ち込み
}
answers-price = 価格：{ $price }{ $catalog ->
    [yes] （カタログの発売時価格）
   *[no] {""}
}
answers-dates = 発売：{ $released }、購入：{ $bought }
answers-carrier = 通信会社：{ $decided ->
    [yes] { $carrier }
   *[no] まだ決めていない（すべての会社を比較）
}
answers-customer = 、契約中の会社：{ $list }
answers-history = 過去2年の破損：落下・衝撃{ $damage }回、水濡れ{ $water }回、紛失・盗難{ $gone }台、保護：{ $protection ->
    [bare] ケースなし
    [case_and_film] ケースと画面フィルム
    [rugged] 耐衝撃ケース
   *[case] ケースあり
}
answers-warranty = { $os ->
    [ios] AppleCare+などの保証
   *[android] 延長保証などの保証
}：{ $known ->
    [yes] { $until }まで
   *[no] なし
}
answers-horizon = 使う期間：{ $months }か月、重視すること：{ $risk ->
    [averse] 運悪く事故が続くこと
   *[neutral] 長い目で見た平均の費用
}
answers-also = そのほか：{ $list }
answers-fee = 持込端末保証 with AppleCare Servicesの月額（入力値）：{ $fee }
bundle-written = バンドル { $bundle }（{ $as_of }時点の料金表）を { $out } に書き出しました。
