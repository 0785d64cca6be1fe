# 選択肢（プランの名前は data/plans.ron にあります）
option-with-variant = { $option }の{ $variant }
option-skip = 加入しない
option-buy_spare = 加入せず予備のスマホを用意
option-buy_spare-over = { $any ->
    [yes] 加入せず予備のスマホ（壊れたら切り替え）
   *[no] 加入せず予備のスマホ（{ $over }を超える修理で切り替え）
}

# 結論（金額はすべて表の{ $months }か月の金額。$total と $alt は想定費用、$bad と $alt_bad は運が悪い場合＝悪いほうから1割の平均）
headline-join = { $plan }への加入をおすすめします（月額{ $fee }）。{ $months }か月の想定費用は合計{ $total }で、加入しない場合は{ $alt }です。{ $basis ->
    [badcase] 運が悪い場合は{ $bad }で、加入しない場合は{ $alt_bad }です。
   *[expected] {""}
}
headline-join-review = { $plan }（月額{ $fee }）にいったん加入し、{ $review }か月後に見直すことをおすすめします。{ $months }か月の費用は加入しない場合とほぼ同じで（{ $total }、加入しない場合は{ $alt }）、後から加入することはできません。
headline-join-warranty = { $plan }（月額{ $fee }）に今加入し、今の保証が終わる{ $until }に見直すことをおすすめします。加入できるのは今回の申し込みのときだけです。{ $dearer ->
    [yes] { $months }か月では{ $extra }高くなりますが（{ $total }、加入しない場合は{ $alt }）、今の保証が終わった後は料金以上の節約が見込めます。
   *[no] { $months }か月の想定費用は{ $total }、加入しない場合は{ $alt }です。
}
headline-join-safer = 万一に備えるなら、{ $plan }（月額{ $fee }）への加入をおすすめします。平均では{ $months }か月で{ $extra }（{ $percent }%）高くなりますが（{ $total }、加入しない場合は{ $alt }）、運が悪い場合は{ $bad }で、加入しない場合の{ $alt_bad }より抑えられます。
headline-check = ただし、加入する前に{ $check }。
headline-check-also = また、{ $check }。
headline-skip = 保証オプションには加入しなくてよいでしょう。加入しない場合の想定費用は{ $months }か月で{ $total }で、{ $plan }に加入した場合は{ $alt }です。{ $basis ->
    [badcase] 運が悪い場合でも{ $bad }で、加入した場合の{ $alt_bad }を上回りません。
   *[expected] {""}
}
headline-buy_apart = { $has_plan ->
    [yes] 通信会社の保証オプションには加入せず、{ $until }までに{ $option }に申し込むことをおすすめします{ $paid ->
        [yes] （2年分{ $lump }の一括払い{ $after ->
            [yes] 、3年目からは月払い
           *[no] {""}
        }）
       *[no] {""}
    }。{ $months }か月の想定費用は{ $total }で、{ $plan }の場合は{ $alt }{ $only_now ->
        [yes] （今しか加入できません）
       *[no] {""}
    }、保証なしの場合は{ $skip }です。{ $basis ->
        [badcase] 運が悪い場合は{ $bad }で、{ $plan }の場合は{ $alt_bad }です。
       *[expected] {""}
    }
   *[no] { $until }までに{ $option }に申し込むことをおすすめします{ $paid ->
        [yes] （2年分{ $lump }の一括払い{ $after ->
            [yes] 、3年目からは月払い
           *[no] {""}
        }）
       *[no] {""}
    }。{ $months }か月の想定費用は{ $total }で、保証なしの場合は{ $skip }です。{ $basis ->
        [badcase] 運が悪い場合は{ $bad }で、保証なしの場合は{ $skip_bad }です。
       *[expected] {""}
    }
}
headline-cover-ends = 補償は{ $until }で終わるので、そのときに解約してください（この金額は{ $kept }か月分の料金で計算しています）。
headline-check-buy = ただし、申し込む前に{ $check }。
headline-if-bought-since = なお、{ $since }以降に購入した端末なら、{ $option }（{ $price }）のほうが安く、{ $months }か月で{ $total }です。レシートなどで購入日を確かめてください。
headline-compared = { $option }と{ $plan }を比べると、{ $months }か月の想定費用は{ $option }が{ $total }（{ $until }までに申し込み）、{ $plan }が{ $plan_total }です。{ $basis ->
    [badcase] 運が悪い場合は{ $bad }と{ $plan_bad }です。
   *[expected] {""}
}
headline-skip-noplan = 保証オプションには加入しなくてよいでしょう。この端末で加入できるプランがありません。加入しない場合の想定費用は{ $months }か月で{ $total }です。
headline-buy_spare = 保証オプションには加入せず、{ $spare }ほどの予備のスマホを用意し、{ $any ->
    [yes] 壊れたら修理せずに
   *[no] { $over }を超える修理のときは
}予備に切り替えることをおすすめします。予備を含めた{ $months }か月の想定費用は{ $total }で、{ $plan }に加入した場合は{ $alt }です。{ $basis ->
    [badcase] 運が悪い場合でも{ $bad }で、加入した場合の{ $alt_bad }を上回りません。
   *[expected] {""}
}
headline-buy_spare-noplan = 保証オプションには加入せず、{ $spare }ほどの予備のスマホを用意し、{ $any ->
    [yes] 壊れたら修理せずに
   *[no] { $over }を超える修理のときは
}予備に切り替えることをおすすめします。この端末で加入できるプランはありません。予備を含めた{ $months }か月の想定費用は{ $total }です。

# 加入する前に確認すること（「ただし、加入する前に…」に続く）
check-gate_release_age = { $known ->
    [no] 発売月のわからない機種でも申し込めるか確認してください（目安は発売から{ $months }か月以内）
   *[yes] 発売から{ $age }か月たった機種でも申し込めるか確認してください（目安は{ $months }か月以内）
}
check-gate_linemo_fee_unknown = この機種の月額料金を{ $carrier }に確認してください（hoshoは{ $nearest ->
    [yes] 最も近い機種の料金
   *[no] 表の最高額
}の{ $fee }で計算しています）
check-gate_applecare_fee_unknown = この機種のAppleCare+の月額を確認してください（hoshoは{ $nearest ->
    [yes] 最も近い機種の料金
   *[no] 表の最高額
}の{ $fee }で計算しています）
check-gate_double_cover = 今の保証が有効な間は、1回の修理にはどちらか一方からしか支払われないことを確認してください
check-gate_to_confirm = { $plan }の今の料金と条件を{ $apart ->
    [yes] 提供元
   *[no] { $carrier }
}の公式ページで確認してください（hoshoの金額はブログか日付のないページによるものです）
check-gate_carrier_list = 端末が{ $carrier }の対象機種一覧に載っているか確認してください
check-gate_damaged_now = 破損をメーカーかAppleの正規修理で直してください（登録時に破損がないことが条件です）

# 理由
reason-cost_comparison = { $months }か月で、{ $plan }は月額料金を含めて合計{ $plan_total }の見込みです。修理や買い直しをすべて自費で払う場合は{ $skip_total }の見込みです。
reason-no_eligible_plan = この端末で加入できる保証プランはありません。修理を自費で払う場合の想定費用は{ $months }か月で{ $skip_total }です。
reason-risk_averse = 万一に備えたいとのことなので、運が悪い場合（{ $months }か月の費用が悪いほうから1割に入る場合の平均）でも比べています。
reason-dearer_but_safer = { $plan }は平均では{ $months }か月で{ $extra }（{ $percent }%）高くなりますが、運が悪い場合は{ $bad }で、「{ $versus }」の{ $alt_bad }より抑えられます。万一に備えたいとのことなので、加入をおすすめしています。
reason-warranty_overlap = 今の保証は{ $until }まで続き、ほかの保証で修理できる端末は請求できません。{ $charged ->
    [no] { $plan }が役に立つのは今の保証が終わってからです。
   *[yes] { $plan }は使えない間も{ $billed }か月分（{ $fees }）の料金がかかります。
}
reason-join_before_cover_ends = 今の保証は{ $until }まで続きます。{ $charged ->
    [no] { $plan }の料金がかかるのはその後からで、
   *[yes] { $plan }は使えるようになるまでに{ $billed }か月分（{ $fees }）の料金がかかりますが、
}その後の節約が料金を上回る見込みです。加入できるのは今回の申し込みのときだけです。
reason-past_breaks = この2年でスマホを{ $count }回壊しています。hoshoは年{ $rate }回の破損を見込んでいます。
reason-never_broken = この2年でスマホを壊したり水没させたりしていません。hoshoは年{ $rate }回の破損を見込んでいます。
reason-water_recurs = 2年で{ $count }回の水濡れがあります。水没は修理後に再発することが多く、修理より安い機種への買い替えが得な場合があります。
reason-expensive_device = 端末の価格は{ $price }で、{ $threshold }を超えています。一度の事故で数万円の修理代がかかることがあります。
reason-cheap_device = 端末の価格は{ $price }で、{ $threshold }以下です。保証に入って修理するより、買い替えた方が安く済むことがあります。
reason-old_device = 発売から{ $years }年たった機種で、今の価値は高くありません。このような端末は保証より買い替えを選ぶ人が多いです。
reason-used_device = 中古端末は前の持ち主の使い方がわからず、不具合が起きやすくなります。
reason-well_protected = ケースとフィルム（または頑丈な機種）で破損の可能性は下がります。hoshoはその分を見込んでいます。
reason-join_then_review = 加入してもしなくても費用はほぼ同じです。今は加入し、{ $months }か月後に見直しましょう。解約は無料ですが、後から加入することはできません。
reason-gate_release_age = IIJmioの目安は申し込み時点で発売から{ $months }か月以内の端末です。{ $known ->
    [no] この機種は発売月がわからないため
   *[yes] この機種は発売から{ $age }か月たっているため
}、申し込む前に確認してください。
reason-gate_linemo_fee_unknown = この機種の月額料金はどの出典にもないため、{ $nearest ->
    [yes] 最も近い機種の料金
   *[no] 表の最高額
}の{ $fee }で計算しています。実際の料金を{ $carrier }に確認してください。
reason-gate_to_confirm = { $plan }の金額は、ブログか日付のないページにしか見つかっていません。申し込む前に{ $apart ->
    [yes] 提供元
   *[no] { $carrier }
}の公式ページで今の料金と条件を確認してください。
reason-gate_carrier_list = { $plan }は{ $carrier }の対象機種一覧に載っている端末だけが対象です。お使いの機種が載っているか確認してください。
reason-gate_damaged_now = 端末が今壊れています。保証は登録時に画面割れや水濡れのない端末が対象なので、先に正規修理で直してから、期限内に申し込みと登録をしてください。街の修理店で直すと、以後どの保証にも加入できなくなります。
reason-no_rejoin = これらのオプションは申し込み時にしか加入できません。今加入しなければ後から加入できず、解約すると再加入もできません。{ $bought_apart ->
    [yes] ただし、会社とは別に買う次の保証は、乗り換えのあとでも入れます：{ $later }。
   *[no] {""}
}
reason-not_theft_or_loss = ここで比べた選択肢はどれも、紛失・盗難には何も支払いません。買い直しは自己負担です。
reason-gone_elsewhere = { $is_plan ->
    [yes] { $plan }は紛失・盗難には何も支払いません
   *[no] 保証がなければ、紛失・盗難での買い直しは自己負担です
}。{ $other }なら、その規約に沿って紛失・盗難にも補償があります。
reason-gone_history = 過去2年に{ $count }台を紛失、または盗まれています。hoshoはあなたの紛失・盗難を年{ $rate }回と想定し、そのたびに{ $price }で買い直すものとして計算しています。
reason-iphone_repair_only = iPhoneの場合、つながる端末保証は修理のみで交換はなく、修理中の代替機はAndroid端末です。
reason-street_repair = 保証がなくても、街の修理店なら画面修理は{ $screen }ほどです（修理しなくても診断だけで{ $diagnosis }ほどかかります）。ただし非正規修理をすると、その端末は以後キャリアの保証に加入できません。
reason-spare_phone = 乗り換えのときに{ $spare }ほどの予備のスマホを買っておけば、安く直せない壊れ方をしたときは修理せずに予備に切り替えられます。予備が壊れたら{ $cheap }ほどの安いスマホに買い替えます。{ $any ->
    [yes] この端末（{ $price }）の価値は安いスマホと変わらないため、手放しても損はなく、どの修理よりも予備に切り替えたほうが得です。この端末では、{ $kinds }がそれに当たります。
   *[no] 端末を手放すと、安いスマホとの差の{ $over }（{ $price }から{ $cheap }を引いた額）を失うため、それより高い修理なら予備に切り替えたほうが得です。{ $count ->
        [0] この端末では、そこまで高い修理はありません。
       *[other] この端末では、{ $kinds }がそれに当たります。
    }
}

# 加入条件
gate-gate_device_source = { $plan }は、{ $way ->
    [buy_new] { $carrier }で回線と同時に購入した新品の端末
    [buy_used] { $carrier }で購入した中古の端末
   *[bring_own] 持ち込みの端末（{ $carrier }以外で購入した端末）
}が対象です。
gate-gate_os = { $plan }は{ $os ->
    [ios] iPhone
   *[android] Androidの端末
}専用です。
gate-gate_unofficial_repair = メーカーの正規修理以外で修理したことがある端末は対象外です。
gate-gate_damaged_now = 登録時に破損がなく正常に動作している端末が対象です。先に正規修理で直してください。
gate-gate_wifi_only = Wi-Fiモデルは対象外です。
gate-gate_overseas_model = 日本国外のみで販売されている端末は対象外です。
gate-gate_leased_business = レンタル・リースの端末や業務用の端末は対象外です。
gate-gate_release_age = 申し込み時点で発売から{ $months }か月以内（目安）の端末が対象です。申し込む前に確認してください。
gate-gate_existing_linemo = 加入できるのはLINEMOの新規契約のみで、既存のLINEMOユーザーは申し込めません。
gate-gate_existing_customer = 加入できるのは{ $carrier }の新規契約のときだけで、すでに{ $carrier }の回線がある方は申し込めません。
gate-gate_cover_period = この機種は保証の対象期間（{ $until }まで）を過ぎています。
gate-gate_carrier_list = { $carrier }の対象機種一覧に載っている端末だけが対象です。申し込む前に一覧で確認してください。
gate-gate_to_confirm = この金額はブログか日付のないページによるものです。申し込む前に、{ $apart ->
    [yes] 提供元
   *[no] { $carrier }
}の公式ページで今の料金と条件を確認してください。
gate-gate_bought_within = { $known ->
    [yes] 購入から{ $span }を過ぎているため加入できません（期限は{ $until }でした）。
   *[no] 購入から{ $span }以内の端末が対象です。購入日を確かめてください。
}{ $or_covered ->
    [yes] 購入から時間がたった端末でも、有料の保証（通信会社の保証など）が有効な間なら加入できます。今の保証が終わる前に申し込んでください。
   *[no] {""}
}
gate-gate_other_cover = AppleCare+などの保証が{ $until }まで有効なため、重ねて加入することはできません。
gate-gate_double_cover = 今の保証（{ $until }まで）と重ねて加入しても、1回の修理に支払われるのはどちらか一方だけです。
gate-gate_applecare_fee_unknown = この機種のAppleCare+の月額は出典にないため、{ $nearest ->
    [yes] 最も近い機種の料金
   *[no] 表の最高額
}の{ $fee }で計算しました。iPhoneの「設定」>「一般」>「AppleCareと保証」で確認できます。
gate-gate_existing_iijmio = 申し込めるのはIIJmioの新規申し込み（新規契約かMNP転入）のときだけで、すでにIIJmioを使っている方は加入できません。
gate-gate_iphone_6s_or_older = iPhone 6s以前の機種は対象外です。
gate-gate_linemo_fee_unknown = この機種の月額料金は表にありません。hoshoは{ $nearest ->
    [yes] 最も近い機種の料金
   *[no] 表の最高額
}の{ $fee }で計算しました。正確な答えには、実際の月額を入力してください。

# 次にすること
step-apply_with_line = 回線と同じ申し込みで{ $plan }を選んでください。後から追加することはできません。
step-apply_with_device = 端末の購入時に{ $plan }を選んでください。後から追加することはできません。
step-apply_any_time = { $plan }は、乗り換えたあともいつでも申し込めます。ただし補償はすぐには始まらないため、壊れてからの申し込みでは間に合いません。
step-apply_in_shop = { $plan }は、店頭でのSIMのみの契約と同時に申し込んでください（オンラインでは申し込めません）。
step-buy_within_purchase_window = { $dated ->
    [yes] この日までに{ $plan }に申し込んでください（購入から{ $span }以内）。
   *[no] { $plan }は購入から{ $span }以内なら申し込めます。購入日を確かめてください。
}
step-register_imei = { $days }日以内にIIJmioの専用ページで端末のIMEIを登録してください。登録しないと補償を受けられません。
step-linemo_apply_window = この日までに{ $plan }を申し込んでください（オンライン契約は契約日を含めて{ $days }日間）。
step-rakuten_apply_window = この日までに{ $plan }を申し込んでください（SIMのみの申し込みと同時か、回線の開通日から{ $days }日以内）。そのあと、案内に沿って端末を登録してください。
step-leaving_ends_cover = 今の保証が乗り換え前の通信会社（ドコモ、au、ソフトバンクなど）のものなら、ご回答の月ではなく、解約した日に終わります{ $any ->
    [yes] 。{ $later }は保証があるうちしか加入できないため、乗り換える前に申し込んでください。
   *[no] 。
}
step-register_imei_photos = { $days }日以内にIMEI（15桁）と端末の前面・背面の写真を登録してください。
step-cancel_at_cover_end = この日までに{ $plan }を解約してください。補償は{ $until }で終わり、その後は料金を払っても補償がありません。
step-buy_while_covered = 今の保証が有効なうちに、この日までに{ $plan }に申し込んでください。購入から{ $span }を過ぎた端末は、有料の保証がある間だけ加入できます。今の保証が以前の通信会社のものなら、解約する前に申し込んでください。
step-review_plan = { $months }か月後に{ $plan }を見直してください。何も壊れず不安もなければ解約します（再加入はできません）。
step-before_sending = 端末を送る前に、SIMとmicroSDを抜き、eSIMを削除し、スマホ用電子証明書を失効させ、バックアップを取ってから初期化してください。
step-return_old_device = 交換を受けたら、壊れた端末を{ $days }日以内に返却してください。返却しないと{ $penalty }かかります。
step-return_loaner = 代替機は、修理品が届いてから{ $days }日以内に壊さずに返却してください。返却しないと{ $low }または{ $high }の違約金がかかります。
step-repair_first = 端末が今壊れています。先にメーカーかAppleの正規修理で直し、破損のない状態で{ $days }日以内に申し込みと登録をしてください。街の修理店で直すと、以後保証に加入できなくなります。
step-buy_spare = 乗り換えのときに、{ $spare }ほどの安い予備のスマホを買っておきましょう。{ $any ->
    [yes] 壊れたときは、修理せずに予備に切り替えます。
   *[no] 修理代が{ $over }を超えるときは、修理せずに予備に切り替えます。
}
step-backup = 写真の自動バックアップなどで、壊れてもデータが消えないようにしておきましょう。

# 注意
warning-conflict_tsunagaru_exchange_first = 2025年のブログ{ $source }は{ $plan }の1回目の交換を{ $other }としていますが、公式ページは{ $official }で、hoshoは公式の金額を使っています。
warning-conflict_tsunagaru_fee_typo = ブログ{ $source }は{ $plan }の月額を{ $other }と書いていますが誤記で、公式の月額は{ $official }です。
warning-conflict_linemo_applecare_fee_latest = 出典{ $source }は{ $plan }の最新機種を月額{ $other }とも書いていますが、同じ出典の料金表は{ $official }で、hoshoは料金表の金額を使っています。
warning-conflict_linemo_applecare_fee_floor = 出典{ $source }は{ $plan }を「最低でも月額{ $other }」とも書いていますが、料金表は{ $official }からで、hoshoは料金表の金額を使っています。
warning-fee_range_assumed = { $plan }の月額は機種により{ $low }〜{ $high }です。hoshoは{ $assumed }として計算しました。お使いの機種の料金を確認してください。
warning-linemo_fee_unknown = この機種の{ $plan }の月額はどの出典にもありません。hoshoは{ $nearest ->
    [yes] 最も近い機種の料金
   *[no] 表の最高額
}の{ $fee }で計算しました。申し込む会社に確認し、実際の月額を入力すると正確に計算できます。
warning-conflict = { $source }は{ $plan }の{ $about }を{ $other }としていますが、hoshoは{ $official }を使っています。
warning-conflict_ymobile_applecare_fee_se = 2022年10月のブログ{ $source }は{ $plan }のSEの月額を{ $other }としています。hoshoは同じサービスのLINEMOの2024年の料金表（{ $official }）を使っています。
warning-tables_stale = 料金表は{ $as_of }時点のもので、{ $months }か月たっています。料金が変わっている可能性があります。
warning-price_from_launch = 価格{ $price }は発売時の価格で、買い替えにかかる金額として使っています。同じような端末が今もっと安く買えるなら、その金額を端末の価格として入力してください。修理代はこの機種のまま計算し、買い替えの費用だけが下がります。
warning-fee_source_old = { $plan }の料金は{ $as_of }の出典によるもので、{ $months }か月たっています。申し込む前に今の料金を確認してください。
warning-bought_month = 購入日は月（{ $month }）までしかわからないため、加入の期限はその月のいちばん早い日（{ $first }）から数えています。実際の期限はこれより遅いことがあります。その月の何日に買ったかで加入できるかどうかが変わるものは、レシートなどで購入日を確かめてください。
warning-release_unknown = 発売月がわからないため、自然故障の補償期間と発売からの目安を確認できませんでした。
warning-warranty_past = 入力された保証の終了月はすでに過ぎているため、無視しました。

# 乗り換えのあとからでも入れる保証
headline-instead = { $dated ->
    [yes] あるいは、{ $until }までなら{ $option }（{ $price }）に入る方法もあり、{ $months }か月の想定費用は{ $total }です。
   *[no] あるいは、購入から{ $span }以内なら{ $option }（{ $price }）に入る方法もあり、{ $months }か月の想定費用は{ $total }です。
}{ $confirm ->
    [yes] 申し込む前に、その条件を確認してください。
   *[no] {""}
}
price-monthly = 月額{ $fee }
price-at-once = 2年分一括{ $lump }
later-item-until = { $option }（{ $date }まで）
later-item-days = { $option }（購入から{ $span }以内）
span-days = { $days }日
span-years = { $years }年
reason-apart_cheapest = 通信会社とは別に入る{ $option }は、{ $months }か月で月額料金を含めて{ $total }の見込みで、今から選べる中でいちばん安く済みます{ $has_plan ->
    [yes] （{ $plan }は{ $plan_total }、保証なしは{ $skip_total }）。
   *[no] （保証なしは{ $skip_total }）。
}
reason-cover_ends = { $plan }の補償は{ $until }で終わります。その後は料金を払っても補償がないため、そこで解約するものとして、{ $kept }か月分の料金（{ $fees }）で計算しています。
reason-later_cover = 会社の保証とは別に、次の保証には乗り換えのあとからでも入れます：{ $later }。
reason-join_any_time = { $plan }は乗り換えたあとでも申し込めるため、今決めなくてもかまいません。{ $from ->
    [1] 補償は申し込んだ月から始まります。
   *[other] ただし補償は申し込んだ月の{ $from }か月目からです。
}
reason-carrier_cover_closed = { $carrier }の持ち込み端末向けの保証は、{ $since }に新規の受付を終了しています。
reason-carrier_no_cover = { $carrier }には、持ち込んだ端末向けの保証がありません。
step-still_open = 考えが変わったときのために、会社とは別に買う次の保証はまだ入れます：{ $later }。
