# 選択肢
option-iijmio_tsunagaru = IIJmio つながる端末保証
option-iijmio_hosho_new = IIJmio 端末補償オプション
option-iijmio_hosho_used = IIJmio 端末補償オプション（中古）
option-linemo_mochikomi_android = LINEMO 持込端末保証
option-linemo_mochikomi_applecare = LINEMO 持込端末保証 with AppleCare Services
option-skip = 加入しない
option-buy_spare = 加入せず予備のスマホを用意

# 結論（$total は選んだ選択肢の金額、$alt は比べた相手の金額）
headline-join = { $plan }への加入をおすすめします（月額{ $fee }）。{ $basis ->
    [pessimistic] 破損がこれまでの{ $factor }倍に増えると見込んだ場合、{ $months }か月の想定費用は合計{ $total }で、加入しない場合は{ $alt }です。
   *[expected] { $months }か月の想定費用は合計{ $total }で、加入しない場合は{ $alt }です。
}
headline-join-review = { $plan }（月額{ $fee }）にいったん加入し、{ $review }か月後に見直すことをおすすめします。{ $basis ->
    [pessimistic] 破損がこれまでの{ $factor }倍に増えると見込んだ場合、
   *[expected] {""}
}加入しない場合とほぼ同じ費用で（{ $months }か月で{ $total }、加入しない場合は{ $alt }）、後から加入することはできません。
headline-skip = 保証オプションには加入しなくてよいでしょう。{ $basis ->
    [pessimistic] 破損がこれまでの{ $factor }倍に増えると見込んでも、加入しない場合の想定費用は{ $months }か月で{ $total }で、{ $plan }に加入した場合は{ $alt }です。
   *[expected] 加入しない場合の想定費用は{ $months }か月で{ $total }で、{ $plan }に加入した場合は{ $alt }です。
}
headline-skip-noplan = 保証オプションには加入しなくてよいでしょう。この端末で加入できるプランがありません。{ $basis ->
    [pessimistic] 破損がこれまでの{ $factor }倍に増えると見込んだ場合、加入しない場合の想定費用は{ $months }か月で{ $total }です。
   *[expected] 加入しない場合の想定費用は{ $months }か月で{ $total }です。
}
headline-buy_spare = 保証オプションには加入せず、{ $spare }ほどの予備のスマホを用意することをおすすめします。{ $basis ->
    [pessimistic] 破損がこれまでの{ $factor }倍に増えると見込んでも、{ $months }か月の想定費用は{ $total }で、{ $plan }に加入した場合は{ $alt }です。
   *[expected] { $months }か月の想定費用は{ $total }で、{ $plan }に加入した場合は{ $alt }です。
}
headline-buy_spare-noplan = 保証オプションには加入せず、{ $spare }ほどの予備のスマホを用意することをおすすめします。この端末で加入できるプランはありません。{ $basis ->
    [pessimistic] 破損がこれまでの{ $factor }倍に増えると見込んだ場合、{ $months }か月の想定費用は{ $total }です。
   *[expected] { $months }か月の想定費用は{ $total }です。
}

# 理由
reason-cost_comparison = { $months }か月で、{ $plan }は月額料金を含めて合計{ $plan_total }の見込みです。修理をすべて自費で払う場合は{ $skip_total }の見込みです。
reason-no_eligible_plan = この端末で加入できる保証プランはありません。修理を自費で払う場合の想定費用は{ $months }か月で{ $skip_total }です。
reason-risk_averse = 万一に備えたいとのことなので、破損がこれまでの{ $factor }倍に増えると見込んで選択肢を比べています。表の「運の悪い年」は、これまでどおりの頻度で壊した場合に10回に1回起こりうる高めの費用です。
reason-warranty_overlap = 今の保証は{ $until }まで続きます。ほかの保証で修理できる端末は請求できないため、プランに加入すると{ $months }か月分は使えない保証に料金を払うことになります。
reason-warranty_ends_soon = 今の保証は乗り換えて間もない{ $until }に終わります。その後に備える保証を付けられるのは、今回の申し込みのときだけです。
reason-past_breaks = この2年でスマホを{ $count }回壊しています。hoshoは年{ $rate }回の破損を見込んでいます。
reason-never_broken = この2年でスマホを壊したり水没させたりしていません。hoshoは年{ $rate }回の破損を見込んでいます。
reason-water_recurs = 2年で{ $count }回の水濡れがあります。水没は修理後に再発することが多く、修理より安い機種への買い替えが得な場合があります。
reason-expensive_device = 端末の価格は{ $price }で、{ $threshold }を超えています。一度の事故で数万円の修理代がかかることがあります。
reason-cheap_device = 端末の価格は{ $price }で、{ $threshold }以下です。保証に入って修理するより、買い替えた方が安く済むことがあります。
reason-old_device = 発売から{ $years }年たった機種で、今の価値は高くありません。このような端末は保証より買い替えを選ぶ人が多いです。
reason-used_device = 中古端末は前の持ち主の使い方がわからず、不具合が起きやすくなります。
reason-well_protected = ケースとフィルム（または頑丈な機種）で破損の可能性は下がります。hoshoはその分を見込んでいます。
reason-join_then_review = 加入してもしなくても費用はほぼ同じです。今は加入し、{ $months }か月後に見直しましょう。解約は無料ですが、後から加入することはできません。
reason-no_rejoin = これらのオプションは申し込み時にしか加入できません。今加入しなければ後から加入できず、解約すると再加入もできません。
reason-not_theft_or_loss = どのプランも盗難・紛失は補償しません。
reason-iphone_repair_only = iPhoneの場合、つながる端末保証は修理のみで交換はなく、修理中の代替機はAndroid端末です。
reason-street_repair = 保証がなくても、街の修理店なら画面修理は{ $screen }ほどです（修理しなくても診断だけで{ $diagnosis }ほどかかります）。ただし非正規修理をすると、その端末は以後キャリアの保証に加入できません。
reason-spare_phone = { $spare }ほどの予備のスマホがあれば、壊れている間も連絡が取れ、安い端末ならそのまま買い替えの代わりにもなります。

# 加入条件
gate-gate_device_source = { $plan }は、別の入手方法の端末が対象です。
gate-gate_os = { $plan }は、このOSの端末には使えません。
gate-gate_unofficial_repair = メーカーの正規修理以外で修理したことがある端末は対象外です。
gate-gate_damaged_now = 登録時に破損がなく正常に動作している端末が対象です。
gate-gate_wifi_only = Wi-Fiモデルは対象外です。
gate-gate_overseas_model = 日本国外のみで販売されている端末は対象外です。
gate-gate_leased_business = レンタル・リースの端末や業務用の端末は対象外です。
gate-gate_release_age = 申し込み時点で発売から{ $months }か月以内（目安）の端末が対象です。申し込む前に確認してください。
gate-gate_existing_linemo = 加入できるのはLINEMOの新規契約のみで、既存のLINEMOユーザーは申し込めません。
gate-gate_iphone_6s_or_older = iPhone 6s以前の機種は対象外です。
gate-gate_linemo_fee_unknown = この機種の月額料金は表にありません。hoshoは表の最高額{ $fee }で計算しました。正確な答えには実際の料金（linemo_fee_yen）を入力してください。
gate-gate_spare_cheap_only = 予備のスマホで代わりになるのは安い端末（{ $threshold }以下）のときだけです。

# 次にすること
step-apply_with_line = 回線と同じ申し込みで{ $plan }を選んでください。後から追加することはできません。
step-apply_with_device = 端末の購入時に{ $plan }を選んでください。後から追加することはできません。
step-register_imei = { $days }日以内にIIJmioの専用ページで端末のIMEIを登録してください。登録しないと補償を受けられません。
step-linemo_apply_window = この日までに{ $plan }を申し込んでください（オンライン契約は契約日を含めて{ $days }日間）。
step-register_imei_photos = { $days }日以内にIMEI（15桁）と端末の前面・背面の写真を登録してください。
step-review_plan = { $months }か月後に{ $plan }を見直してください。何も壊れず不安もなければ解約します（再加入はできません）。
step-before_sending = 端末を送る前に、SIMとmicroSDを抜き、eSIMを削除し、スマホ用電子証明書を失効させ、バックアップを取ってから初期化してください。
step-return_old_device = 交換を受けたら、壊れた端末を{ $days }日以内に返却してください。返却しないと{ $penalty }かかります。
step-return_loaner = 代替機は、修理品が届いてから{ $days }日以内に壊さずに返却してください。返却しないと{ $low }または{ $high }の違約金がかかります。
step-buy_spare = 乗り換えのときに、{ $spare }ほどの安い予備のスマホを買っておきましょう。
step-backup = 写真の自動バックアップなどで、壊れてもデータが消えないようにしておきましょう。

# 注意
warning-conflict_tsunagaru_exchange_first = 2025年のブログ（{ $source }）は{ $plan }の1回目の交換を{ $other }としていますが、公式ページは{ $official }で、hoshoは公式の金額を使っています。
warning-conflict_tsunagaru_fee_typo = ブログ（{ $source }）は{ $plan }の月額を{ $other }と書いていますが誤記で、公式の月額は{ $official }です。
warning-conflict_linemo_applecare_fee_latest = 出典（{ $source }）は{ $plan }の最新機種を月額{ $other }とも書いていますが、同じ出典の料金表は{ $official }で、hoshoは料金表の金額を使っています。
warning-conflict_linemo_applecare_fee_floor = 出典（{ $source }）は{ $plan }を「最低でも月額{ $other }」とも書いていますが、料金表は{ $official }からで、hoshoは料金表の金額を使っています。
warning-fee_range_assumed = { $plan }の月額は機種により{ $low }〜{ $high }です。hoshoは{ $assumed }として計算しました。お使いの機種の料金を確認してください。
warning-linemo_fee_unknown = この機種の{ $plan }の月額はどの出典にもありません。hoshoは表の最高額{ $fee }で計算しました。LINEMOに確認し、linemo_fee_yenに入力してください。
warning-tables_stale = 料金表は{ $as_of }時点のもので、{ $months }か月たっています。料金が変わっている可能性があります。
warning-price_from_launch = 価格{ $price }は発売時の価格です。中古なら今はもっと安く買えます。買い替えにかかる金額（price_yen）を入力すると、より正確になります。
warning-release_unknown = 発売月がわからないため、自然故障の補償期間と発売からの目安を確認できませんでした。
warning-warranty_past = 入力された保証の終了月はすでに過ぎているため、無視しました。
