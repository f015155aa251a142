<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="320" />
            <source>Undo {action}</source>
            <translation>{action}を元に戻す</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="321" />
            <source>Redo {action}</source>
            <translation>{action}をやり直し</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="326" />
            <source>Clear %Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln 件の活動の完了</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>Reschedule %Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln 件の活動の日程変更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="328" />
            <source>Delete %Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln 件の活動の削除</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="337" />
            <source>Schedule an activity with each of %Ln person(s)</source>
            <translation>
                <numerusform>%Ln 人それぞれとの活動の予定</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="339" />
            <source>Import from {file}</source>
            <translation>{file} からのインポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="341" />
            <source>Add contact</source>
            <translation>連絡先の追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="342" />
            <source>Add contacts</source>
            <translation>連絡先の追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="343" />
            <source>Edit contact</source>
            <translation>連絡先の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="344" />
            <source>Delete contact</source>
            <translation>連絡先の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="345" />
            <source>Restore contact</source>
            <translation>連絡先の復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="346" />
            <source>Tag contacts</source>
            <translation>連絡先へのタグ付け</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="347" />
            <source>Delete contacts</source>
            <translation>連絡先の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="348" />
            <source>Tag companies</source>
            <translation>会社へのタグ付け</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="349" />
            <source>Delete companies</source>
            <translation>会社の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="350" />
            <source>Add company</source>
            <translation>会社の追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="351" />
            <source>Edit company</source>
            <translation>会社の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="352" />
            <source>Delete company</source>
            <translation>会社の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="353" />
            <source>Restore company</source>
            <translation>会社の復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="354" />
            <source>Schedule activity</source>
            <translation>活動の予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="355" />
            <source>Edit activity</source>
            <translation>活動の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="356" />
            <source>Clear activity</source>
            <translation>活動の完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="357" />
            <source>Delete activity</source>
            <translation>活動の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="358" />
            <source>Restore activity</source>
            <translation>活動の復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="359" />
            <source>Change one occurrence</source>
            <translation>1回分の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="360" />
            <source>Skip one occurrence</source>
            <translation>1回分のスキップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="361" />
            <source>Reschedule activity</source>
            <translation>活動の日程変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="362" />
            <source>Add activity type</source>
            <translation>活動の種類の追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="363" />
            <source>Snooze alarm</source>
            <translation>アラームのスヌーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="364" />
            <source>Dismiss alarm</source>
            <translation>アラームの解除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="365" />
            <source>Fix the dates of timeless activities</source>
            <translation>時刻なし活動の日付の修正</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="366" />
            <source>Add note</source>
            <translation>メモの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="367" />
            <source>Edit note</source>
            <translation>メモの編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="368" />
            <source>Delete note</source>
            <translation>メモの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="369" />
            <source>Restore note</source>
            <translation>メモの復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="370" />
            <source>Add deal</source>
            <translation>商談の追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="371" />
            <source>Edit deal</source>
            <translation>商談の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="372" />
            <source>Move deal</source>
            <translation>商談の移動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="373" />
            <source>Close deal</source>
            <translation>商談のクローズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="374" />
            <source>Reopen deal</source>
            <translation>商談の再開</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="375" />
            <source>Delete deal</source>
            <translation>商談の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="376" />
            <source>Delete deals</source>
            <translation>商談の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="377" />
            <source>Restore deal</source>
            <translation>商談の復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="378" />
            <source>Add to list</source>
            <translation>リストへの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="379" />
            <source>Remove from list</source>
            <translation>リストからの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="380" />
            <source>Add pipeline</source>
            <translation>パイプラインの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="381" />
            <source>Rename pipeline</source>
            <translation>パイプライン名の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="382" />
            <source>Remove pipeline</source>
            <translation>パイプラインの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="383" />
            <source>Add stage</source>
            <translation>フェーズの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="384" />
            <source>Change stage</source>
            <translation>フェーズの変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="385" />
            <source>Reorder stages</source>
            <translation>フェーズの並べ替え</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="386" />
            <source>Remove stage</source>
            <translation>フェーズの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="387" />
            <source>Add group</source>
            <translation>グループの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="388" />
            <source>Rename group</source>
            <translation>グループ名の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="389" />
            <source>Add to group</source>
            <translation>グループへの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="390" />
            <source>Remove from group</source>
            <translation>グループからの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="391" />
            <source>Delete group</source>
            <translation>グループの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="392" />
            <source>Restore group</source>
            <translation>グループの復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="393" />
            <source>Save lookup</source>
            <translation>検索条件の保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="394" />
            <source>Edit lookup</source>
            <translation>検索条件の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="395" />
            <source>Delete lookup</source>
            <translation>検索条件の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="396" />
            <source>Add custom field</source>
            <translation>カスタム項目の追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="397" />
            <source>Edit custom field</source>
            <translation>カスタム項目の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="398" />
            <source>Remove custom field</source>
            <translation>カスタム項目の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="399" />
            <source>Restore custom field</source>
            <translation>カスタム項目の復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="400" />
            <source>Restore from Trash</source>
            <translation>ゴミ箱から復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="401" />
            <source>Erase record</source>
            <translation>レコードの完全削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="402" />
            <source>Empty Trash</source>
            <translation>ゴミ箱を空にする</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="403" />
            <source>Merge contacts</source>
            <translation>連絡先の統合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="404" />
            <source>Merge companies</source>
            <translation>会社の統合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="405" />
            <source>Unmerge contacts</source>
            <translation>連絡先の統合解除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="406" />
            <source>Unmerge companies</source>
            <translation>会社の統合解除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="407" />
            <source>Mark as not duplicates</source>
            <translation>重複ではないとマーク</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="408" />
            <source>Unmark not duplicates</source>
            <translation>「重複ではない」マークの解除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="409" />
            <source>Carry over edits to merged records</source>
            <translation>統合したレコードへの編集の引き継ぎ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="410" />
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="411" />
            <source>Sync (first on this device)</source>
            <translation>同期（この端末で初回）</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="412" />
            <source>Sync (sent)</source>
            <translation>同期（送信）</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="413" />
            <source>Sync (received)</source>
            <translation>同期（受信）</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="414" />
            <source>Sign in to sync</source>
            <translation>同期へのサインイン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="415" />
            <source>Rebuild names after a sync</source>
            <translation>同期後の表示名の再構築</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="416" />
            <source>Take the other value</source>
            <translation>もう一方の値を採用</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="417" />
            <source>Keep the current value</source>
            <translation>現在の値を維持</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="418" />
            <source>Prepare search</source>
            <translation>検索の準備</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="419" />
            <source>Rebuild the search index</source>
            <translation>検索インデックスの再構築</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="420" />
            <source>Change name order</source>
            <translation>氏名の順序の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="421" />
            <source>Repair database</source>
            <translation>データベースの修復</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="422" />
            <source>import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="432" />
            <location filename="../../src/cardfile/ui/words.py" line="435" />
            <source>Delete {records}</source>
            <translation>{records}の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="433" />
            <location filename="../../src/cardfile/ui/words.py" line="436" />
            <source>Tag {records}</source>
            <translation>{records}へのタグ付け</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="434" />
            <source>Add {records}</source>
            <translation>{records}の追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="448" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="449" />
            <source>&amp;Undo {action}</source>
            <translation>{action}を元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="455" />
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="456" />
            <source>&amp;Redo {action}</source>
            <translation>{action}をやり直し(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="279" />
            <source>Activities</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="280" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="187" />
            <source>&amp;Schedule…</source>
            <translation>予定を入れる(&amp;S)…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/kind.py" line="281" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln 件の活動</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="282" />
            <source>Activities: {count}</source>
            <translation>活動: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="283" />
            <source>Nothing to do here</source>
            <translation>やることはありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="284" />
            <source>Calls, meetings and to-dos you schedule are listed here until you clear them. Schedule one with Ctrl+Shift+A from anywhere, or from a person's Activities tab.</source>
            <translation>予定した電話、会議、ToDo は、完了にするまでここに一覧表示されます。どこからでも Ctrl+Shift+A で、または個人の「活動」タブから予定を入れられます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="288" />
            <source>No activities in this view</source>
            <translation>このビューに活動はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="289" />
            <source>Select an activity to see it.</source>
            <translation>活動を選択すると表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="290" />
            <source>Ac&amp;tivity</source>
            <translation>活動(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="86" />
            <source>&amp;Today</source>
            <translation>今日(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="87" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="302" />
            <source>&amp;Overdue</source>
            <translation>期限切れ(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="88" />
            <source>This &amp;Week</source>
            <translation>今週(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="89" />
            <source>&amp;Upcoming</source>
            <translation>今後(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="90" />
            <source>A&amp;ll</source>
            <translation>すべて(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="98" />
            <source>Any priority</source>
            <translation>すべての優先度</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Normal</source>
            <translation>標準</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="105" />
            <source>Anyone (type a name)</source>
            <translation>全員 (名前を入力)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="121" />
            <source>T&amp;ype:</source>
            <translation>種類(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="122" />
            <source>P&amp;riority:</source>
            <translation>優先度(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="123" />
            <source>O&amp;wner:</source>
            <translation>所有者(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="124" />
            <source>&amp;With:</source>
            <translation>相手(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="133" />
            <source>Drop tasks on a day to move them there; they keep their time of day</source>
            <translation>タスクを日付にドロップすると移動します。時刻は変わりません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="136" />
            <source>Drag tasks onto a day to move them.</source>
            <translation>タスクを日付にドラッグすると移動します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="141" />
            <source>Birthdays and anniversaries</source>
            <translation>誕生日と記念日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="171" />
            <source>C&amp;lear…</source>
            <translation>完了にする(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="172" />
            <source>Clear the selected tasks: say how they went (Ctrl+D)</source>
            <translation>選択したタスクを完了にし、結果を記録します (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="174" />
            <source>&amp;Reschedule…</source>
            <translation>日程を変更(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="176" />
            <source>Move the selected tasks to another day or time (Ctrl+R)</source>
            <translation>選択したタスクを別の日または時刻に移動します (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="248" />
            <source>Any type</source>
            <translation>すべての種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="259" />
            <source>Anyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="261" />
            <source>me</source>
            <translation>自分</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="275" />
            <source>Nothing more for today</source>
            <translation>今日の残りの予定はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="276" />
            <source>Nothing overdue</source>
            <translation>期限切れはありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="277" />
            <source>Nothing more this week</source>
            <translation>今週の残りの予定はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="278" />
            <source>Nothing coming up</source>
            <translation>今後の予定はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="279" />
            <source>Nothing to do</source>
            <translation>やることはありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln 件のタスク</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source> (filtered)</source>
            <translation> (フィルター適用)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="305" />
            <source>{view} ({count})</source>
            <translation>{view} ({count})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="308" />
            <source>%Ln task(s) overdue</source>
            <translation>
                <numerusform>期限切れのタスク %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="341" />
            <source>None in the next two weeks</source>
            <translation>今後2週間の予定はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="349" />
            <source>birthday ({age})</source>
            <translation>誕生日 ({age})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="351" />
            <source>birthday</source>
            <translation>誕生日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="355" />
            <source>anniversary ({years})</source>
            <translation>記念日 ({years})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="357" />
            <source>anniversary</source>
            <translation>記念日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="359" />
            <source>{name}
{day} · {what}</source>
            <translation>{name}
{day} · {what}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="366" />
            <source>Open {name}</source>
            <translation>{name} を開く</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="404" />
            <source>Reschedule</source>
            <translation>日程変更</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="36" />
            <source>&amp;Schedule…</source>
            <translation>予定を入れる(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="38" />
            <source>Schedule a call, meeting or to-do about this record</source>
            <translation>このレコードに関する電話、会議、ToDo の予定を入れます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="79" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>予定はありません。この相手との電話、会議、ToDo がここに一覧表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="87" />
            <source>Coming up</source>
            <translation>今後の予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="94" />
            <source>overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="97" />
            <source>(no subject)</source>
            <translation>(件名なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="102" />
            <source> · with {people}</source>
            <translation> · {people}と</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="103" />
            <source>Clear…</source>
            <translation>完了にする…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="108" />
            <source>… and %Ln more in the task list</source>
            <translation>
                <numerusform>… ほか %Ln 件はタスク一覧にあります</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="110" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="113" />
            <source>did not take place</source>
            <translation>実施されず</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="123" />
            <source>… and %Ln earlier in History</source>
            <translation>
                <numerusform>… ほか以前の %Ln 件は履歴にあります</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="159" />
            <source>Activities</source>
            <translation>活動</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="119" />
            <source>Schedule a Follow-up</source>
            <translation>フォローアップの予定を入れる</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>Activity</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>That activity was deleted.</source>
            <translation>その活動は削除されました。</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="57" />
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="65" />
            <source>{first} – {last}, all day</source>
            <translation>{first} – {last}、終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="68" />
            <source>{day}, all day</source>
            <translation>{day}、終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="78" />
            <source>overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>cancelled</source>
            <translation>キャンセル済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>skipped</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>normal</source>
            <translation>標準</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="99" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="125" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="101" />
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="102" />
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="103" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="137" />
            <source>Priority</source>
            <translation>優先度</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="147" />
            <source>With</source>
            <translation>相手</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="111" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="136" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="112" />
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="127" />
            <source>Length</source>
            <translation>所要時間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="131" />
            <source>In its zone</source>
            <translation>現地時間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="134" />
            <source>Repeats</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="135" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="201" />
            <source>scheduled</source>
            <translation>予定済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="138" />
            <source>Alarm</source>
            <translation>アラーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>Private</source>
            <translation>非公開</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>only you see it</source>
            <translation>自分だけに表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="141" />
            <source>Activity</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="142" />
            <source>Person</source>
            <translation>個人</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="144" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="146" />
            <source>Deal</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="151" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>did not take place</source>
            <translation>実施されず</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="155" />
            <source>Happened</source>
            <translation>実施日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="157" />
            <source>Cleared</source>
            <translation>完了日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="158" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="159" />
            <source>What came of it</source>
            <translation>成果</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="160" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="236" />
            <source>History</source>
            <translation>履歴</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditors</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="70" />
            <source>New Type…</source>
            <translation>新しい種類…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>New Activity Type</source>
            <translation>新しい活動の種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>Name of the new type (a demo, a visit…):</source>
            <translation>新しい種類の名前 (デモ、訪問など)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="142" />
            <source>At a time</source>
            <translation>時刻指定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="143" />
            <source>All day</source>
            <translation>終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="144" />
            <source>Any time that day</source>
            <translation>その日のいつでも</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="145" />
            <source>No date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <source>no length</source>
            <translation>時間指定なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="222" />
            <source>for {length}</source>
            <translation>{length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="161" />
            <source>to</source>
            <translation>～</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="166" />
            <source>The last day of an activity over several days</source>
            <translation>複数日にわたる活動の最終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="254" />
            <source>Does not repeat</source>
            <translation>繰り返さない</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="255" />
            <source>Daily</source>
            <translation>毎日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="256" />
            <source>Weekly</source>
            <translation>毎週</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="257" />
            <source>Monthly</source>
            <translation>毎月</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="258" />
            <source>Yearly</source>
            <translation>毎年</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="264" />
            <source>every </source>
            <translation>間隔 </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="265" />
            <source>Every 2: every other day, week, month or year</source>
            <translation>2 の場合: 1日おき、1週おき、1か月おき、1年おき</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>forever</source>
            <translation>無期限</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>until</source>
            <translation>終了日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>for</source>
            <translation>回数</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="297" />
            <source> times</source>
            <translation> 回</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="341" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="501" />
            <source>on day {day}</source>
            <translation>{day} 日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="344" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="496" />
            <source>on the {nth} {weekday}</source>
            <translation>第{nth}{weekday}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="346" />
            <source>on the last {weekday}</source>
            <translation>最終{weekday}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="399" />
            <location filename="../../src/cardfile/ui/activities/form.py" line="383" />
            <source>A repeating activity needs a date.</source>
            <translation>繰り返す活動には日付が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="408" />
            <source>The series would end before it starts.</source>
            <translation>繰り返しの終了が開始より前になります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="432" />
            <source>As set elsewhere: {rule}</source>
            <translation>他の場所で設定: {rule}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="468" />
            <source>first</source>
            <translation>1</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="469" />
            <source>second</source>
            <translation>2</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="470" />
            <source>third</source>
            <translation>3</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="471" />
            <source>fourth</source>
            <translation>4</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="472" />
            <source>last</source>
            <translation>最終</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every day</source>
            <translation>
                <numerusform>毎日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>%Ln 日ごと</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every week</source>
            <translation>
                <numerusform>毎週</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every %Ln week(s)</source>
            <translation>
                <numerusform>%Ln 週ごと</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every month</source>
            <translation>
                <numerusform>毎月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every %Ln month(s)</source>
            <translation>
                <numerusform>%Ln か月ごと</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every year</source>
            <translation>
                <numerusform>毎年</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every %Ln year(s)</source>
            <translation>
                <numerusform>%Ln 年ごと</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="491" />
            <source>on {days}</source>
            <translation>{days}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="503" />
            <source>on {date}</source>
            <translation>{date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="507" />
            <source>until {date}</source>
            <translation>{date} まで</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="509" />
            <source>%Ln time(s)</source>
            <translation>
                <numerusform>%Ln 回</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="583" />
            <source>Add a person: type part of a name</source>
            <translation>個人を追加: 名前の一部を入力</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="614" />
            <source>{name} ×</source>
            <translation>{name} ×</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="615" />
            <source>Take {name} off this activity</source>
            <translation>{name} をこの活動から外す</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="630" />
            <source>Choose a person from the suggestions, or clear the field.</source>
            <translation>候補から個人を選択するか、フィールドを空にしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="644" />
            <source>No deal (type part of its name)</source>
            <translation>商談なし (名前の一部を入力)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="649" />
            <source>Not about a deal</source>
            <translation>商談に関連しない</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="680" />
            <source>Choose a deal from the suggestions, or clear the field.</source>
            <translation>候補から商談を選択するか、フィールドを空にしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="159" />
            <source>Call</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Meeting</source>
            <translation>会議</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>To-do</source>
            <translation>ToDo</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="182" />
            <source>Change a Repeating Activity</source>
            <translation>繰り返す活動の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="183" />
            <source>“{subject}” repeats. Change only this occurrence, or the whole series?</source>
            <translation>「{subject}」は繰り返しの活動です。この回だけを変更しますか、それともシリーズ全体を変更しますか？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="190" />
            <source>This Occurrence</source>
            <translation>この回のみ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="192" />
            <source>Whole Series</source>
            <translation>シリーズ全体</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="203" />
            <source>Overlapping Activities</source>
            <translation>重複する活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="204" />
            <source>Save it anyway?</source>
            <translation>このまま保存しますか？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="213" />
            <source>This overlaps “{subject}” ({when}) of yours.</source>
            <translation>この活動は、あなたの「{subject}」({when}) と重なっています。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/form.py" line="215" />
            <source>And %Ln more.</source>
            <translation>
                <numerusform>ほか %Ln 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Normal</source>
            <translation>標準</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="254" />
            <source>&amp;Type</source>
            <translation>種類(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="255" />
            <source>&amp;Subject</source>
            <translation>件名(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="259" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="261" />
            <source>&amp;When</source>
            <translation>日時(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="262" />
            <source>&amp;Repeats</source>
            <translation>繰り返し(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="266" />
            <source>With</source>
            <translation>相手</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="268" />
            <source>&amp;People</source>
            <translation>個人(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="269" />
            <source>C&amp;ompany</source>
            <translation>会社(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="270" />
            <source>&amp;Deal</source>
            <translation>商談(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="274" />
            <source>Options</source>
            <translation>オプション</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="276" />
            <source>P&amp;riority</source>
            <translation>優先度(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="277" />
            <source>&amp;Alarm</source>
            <translation>アラーム(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="278" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>非公開(&amp;V): 自分だけに表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="281" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="286" />
            <source>This activity was deleted meanwhile; its changes cannot be saved.</source>
            <translation>この活動はその間に削除されたため、変更を保存できません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="309" />
            <source>An activity needs a subject: what is it about?</source>
            <translation>活動には件名が必要です。何についての活動ですか？</translation>
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="293" />
            <source>Street</source>
            <translation>番地</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="294" />
            <source>Apartment, suite</source>
            <translation>建物名・部屋番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="295" />
            <source>PO box</source>
            <translation>私書箱</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="296" />
            <source>Postcode</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="297" />
            <source>City</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="298" />
            <source>State or region</source>
            <translation>都道府県・州</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="299" />
            <source>Country</source>
            <translation>国</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="142" />
            <source>&amp;Schedule…</source>
            <translation>予定を入れる(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="143" />
            <source>&amp;Today</source>
            <translation>今日(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="147" />
            <source>Back (Alt+Left)</source>
            <translation>前へ (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="149" />
            <source>On (Alt+Right)</source>
            <translation>次へ (Alt+Right)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="150" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="151" />
            <source>&amp;Clear…</source>
            <translation>完了にする(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="154" />
            <source>&amp;Day</source>
            <translation>日(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="155" />
            <source>&amp;Work Week</source>
            <translation>稼働日(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="156" />
            <source>W&amp;eek</source>
            <translation>週(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="157" />
            <source>&amp;Month</source>
            <translation>月(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="216" />
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="309" />
            <location filename="../../src/cardfile/ui/calendar/page.py" line="333" />
            <source>Move Activity</source>
            <translation>活動の移動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="325" />
            <source>Change Length</source>
            <translation>所要時間の変更</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/page.py" line="342" />
            <source>%Ln activity(s) shown</source>
            <translation>
                <numerusform>%Ln 件の活動を表示中</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="365" />
            <source>Unsaved Changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="366" />
            <source>Save the changes to this activity?</source>
            <translation>この活動への変更を保存しますか？</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="184" />
            <source>all day</source>
            <translation>終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>All day</source>
            <translation>終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>Any time</source>
            <translation>時刻指定なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="444" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="451" />
            <source>overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="547" />
            <location filename="../../src/cardfile/ui/calendar/view.py" line="607" />
            <source>+%Ln more</source>
            <translation>
                <numerusform>+ ほか %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="618" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln 件の期限切れ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="133" />
            <source>turns {years} today</source>
            <translation>今日で{years}歳</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="135" />
            <source>%Ln year(s) today</source>
            <translation>
                <numerusform>今日で%Ln周年</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="140" />
            <source>turns {years} tomorrow</source>
            <translation>明日で{years}歳</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="142" />
            <source>%Ln year(s) tomorrow</source>
            <translation>
                <numerusform>明日で%Ln周年</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="145" />
            <source>turns {years} in %Ln day(s)</source>
            <translation>
                <numerusform>%Ln日後に{years}歳</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <source>{years} in %Ln day(s)</source>
            <translation>
                <numerusform>%Ln日後に満{years}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln年</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>age {years}</source>
            <translation>{years}歳</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="154" />
            <source>today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="156" />
            <source>tomorrow</source>
            <translation>明日</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="158" />
            <source>in %Ln day(s)</source>
            <translation>
                <numerusform>%Ln日後</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="343" />
            <source>Email {address}</source>
            <translation>{address}にメール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="344" />
            <source>Call {number}</source>
            <translation>{number}に電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="352" />
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="353" />
            <source>Copy {value}</source>
            <translation>{value}をコピー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="362" />
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="396" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="397" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="398" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="400" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="402" />
            <source>Messaging</source>
            <translation>メッセージング</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="407" />
            <source>Custom fields</source>
            <translation>カスタム項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="410" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="411" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>moved to the Trash</source>
            <translation>ゴミ箱に移動しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>restored from the Trash</source>
            <translation>ゴミ箱から復元しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="493" />
            <source>(empty)</source>
            <translation>(空)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="495" />
            <source>(a company since erased)</source>
            <translation>(削除済みの会社)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="497" />
            <source>(since erased)</source>
            <translation>(削除済み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="501" />
            <source>(picture)</source>
            <translation>(画像)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="507" />
            <source>(a removed field)</source>
            <translation>(削除された項目)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="540" />
            <source>other</source>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="542" />
            <source>{label} ★</source>
            <translation>{label} ★</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="556" />
            <location filename="../../src/cardfile/ui/records/card.py" line="991" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation>Ctrl+S で保存 · Esc でキャンセル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="559" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="561" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="645" />
            <source>What you choose below is done to all of them, as one step Undo takes back.</source>
            <translation>以下で選んだ操作はすべてに対して実行され、「元に戻す」1回でまとめて取り消せます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="751" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="887" />
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="889" />
            <source>Edit this card (F2)</source>
            <translation>このカードを編集 (F2)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="966" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="1044" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation>変更あり · Ctrl+S で保存 · Esc でキャンセル</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="95" />
            <source>{unit}, billions</source>
            <translation>{unit} (10億)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="96" />
            <source>{unit}, millions</source>
            <translation>{unit} (100万)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="97" />
            <source>{unit}, thousands</source>
            <translation>{unit} (千)</translation>
        </message>
    </context>
    <context>
        <name>ClearDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear Activity</source>
            <translation>活動を完了にする</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear %Ln Activities</source>
            <translation>
                <numerusform>%Ln 件の活動を完了にする</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="83" />
            <source>{subject} · {when}</source>
            <translation>{subject} · {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="87" />
            <source>Each of the %Ln activities is cleared as happening when it was scheduled.</source>
            <translation>
                <numerusform>%Ln 件の活動はそれぞれ、予定どおりの日時に実施されたものとして完了になります。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="90" />
            <source>&amp;Completed</source>
            <translation>完了(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="91" />
            <source>&amp;Left a message</source>
            <translation>伝言を残した(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="92" />
            <source>&amp;No answer</source>
            <translation>応答なし(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="93" />
            <source>&amp;Other:</source>
            <translation>その他(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="94" />
            <source>Did not take &amp;place</source>
            <translation>実施されず(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="98" />
            <source>in your own words</source>
            <translation>自由に記入</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="115" />
            <source>What came of it (optional)</source>
            <translation>成果 (省略可)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="118" />
            <source>Schedule a &amp;follow-up with the same people</source>
            <translation>同じ相手とのフォローアップの予定を入れる(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="122" />
            <source>Result:</source>
            <translation>結果：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="124" />
            <source>&amp;Happened:</source>
            <translation>実施日時(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="125" />
            <source>O&amp;utcome:</source>
            <translation>成果(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="127" />
            <source>Clear</source>
            <translation>完了にする</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="174" />
            <source>Say how it went, in a few words.</source>
            <translation>結果を簡単に記入してください。</translation>
        </message>
    </context>
    <context>
        <name>CloseDeal</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Won</source>
            <translation>商談成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Lost</source>
            <translation>商談不成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” won?</source>
            <translation>「{deal}」が成立した理由は？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” lost?</source>
            <translation>「{deal}」が不成立になった理由は？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="57" />
            <source>Reason (optional)</source>
            <translation>理由 (省略可)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="59" />
            <source>Pick a reason, or type a new one: it joins the list for next time.</source>
            <translation>理由を選択するか、新しく入力してください。入力した理由は次回から一覧に表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Won</source>
            <translation>成立にする</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Lost</source>
            <translation>不成立にする</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>Companies</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="220" />
            <source>&amp;New Company</source>
            <translation>新規会社(&amp;N)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>%Ln company(ies)</source>
            <translation>
                <numerusform>%Ln 社</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="222" />
            <source>Companies: {count}</source>
            <translation>会社: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="223" />
            <source>No companies yet</source>
            <translation>会社はまだありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="224" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation>ここには組織が一覧表示されます。会社は、作成したとき、または連絡先にまだ登録されていない会社名を入力したときに追加されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="229" />
            <source>No companies match the filter</source>
            <translation>フィルターに一致する会社はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="230" />
            <source>Select a company to see its card.</source>
            <translation>会社を選択すると、そのカードが表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="231" />
            <source>&amp;Company</source>
            <translation>会社(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="67" />
            <source>part of {parent}</source>
            <translation>{parent}の一部</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="69" />
            <source>website</source>
            <translation>Webサイト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="71" />
            <source>Dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="74" />
            <source>… and {count} more</source>
            <translation>… ほか {count} 件</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="76" />
            <source>People ({count})</source>
            <translation>担当者 ({count})</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="77" />
            <source>A company named “{name}” already exists</source>
            <translation>「{name}」という名前の会社は既に存在します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="79" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="86" />
            <source>&amp;Name</source>
            <translation>名前(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="87" />
            <source>&amp;Industry</source>
            <translation>業種(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="88" />
            <source>&amp;Website</source>
            <translation>Webサイト(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>&amp;Part of</source>
            <translation>親会社(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>The company this one belongs to, if any</source>
            <translation>この会社が属する会社 (ある場合)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Add email address</source>
            <translation>メールアドレスを追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Add phone number</source>
            <translation>電話番号を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Add address</source>
            <translation>住所を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Add web address</source>
            <translation>Webアドレスを追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Messaging and social</source>
            <translation>メッセージングとSNS</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Add account</source>
            <translation>アカウントを追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Add date</source>
            <translation>日付を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="98" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="99" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="100" />
            <source>Sharing</source>
            <translation>共有</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="105" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation>この会社はその間に削除されたため、変更は保存されませんでした。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="110" />
            <source>Logo: choose an image file or remove the logo</source>
            <translation>ロゴ: 画像ファイルを選択するか、ロゴを削除します</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="198" />
            <source>value</source>
            <translation>値</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="224" />
            <source>Remove this condition</source>
            <translation>この条件を削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="225" />
            <source>Remove condition</source>
            <translation>条件を削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="279" />
            <source>(removed field)</source>
            <translation>(削除された項目)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="306" />
            <source>“{field} {test}” needs a value.</source>
            <translation>「{field} {test}」には値が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="326" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="327" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>in the Trash</source>
            <translation>ゴミ箱内</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>not deleted</source>
            <translation>削除されていません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="58" />
            <source>(picture)</source>
            <translation>(画像)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="76" />
            <source>(no name)</source>
            <translation>(名前なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="79" />
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="82" />
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="83" />
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="84" />
            <source>Current value</source>
            <translation>現在の値</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="85" />
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="87" />
            <source>Written by</source>
            <translation>変更者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="86" />
            <source>Other value</source>
            <translation>もう一方の値</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="93" />
            <source>{user} (you)</source>
            <translation>{user} (あなた)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="107" />
            <source>Sync Conflicts</source>
            <translation>同期の競合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="108" />
            <source>These fields were changed on two computers before they synced. Each record shows the newer value; the other one is kept here, so nothing is lost. Keep the current value, or use the other.</source>
            <translation>これらの項目は、同期される前に2台のコンピューターで変更されました。各レコードには新しいほうの値が表示され、もう一方の値はここに保管されるため、何も失われません。現在の値をそのまま使うか、もう一方の値を使ってください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="113" />
            <source>No conflicts</source>
            <translation>競合はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="114" />
            <source>When two people change the same field before they sync, the newer value is used and the other waits here for you to review.</source>
            <translation>同期の前に2人が同じ項目を変更した場合、新しいほうの値が使われ、もう一方の値は確認のためにここで保管されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="124" />
            <source>&amp;Open Record</source>
            <translation>レコードを開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="126" />
            <source>&amp;Keep Current</source>
            <translation>現在の値を保持(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="129" />
            <source>The record keeps the value it has; the other one is set aside</source>
            <translation>レコードは現在の値を保持し、もう一方の値は保留されます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="132" />
            <source>&amp;Use Other</source>
            <translation>もう一方を使用(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="135" />
            <source>The record takes the other value; it syncs to everyone</source>
            <translation>レコードにもう一方の値が設定され、全員に同期されます</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="199" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>確認が必要な競合: %Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="50" />
            <source>Related People</source>
            <translation>関係者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="53" />
            <source>Personal</source>
            <translation>個人</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="60" />
            <source>agent (assistant)</source>
            <translation>代理人 (アシスタント)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="66" />
            <source>Nickname</source>
            <translation>ニックネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="69" />
            <source>Pronounced</source>
            <translation>読み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="71" />
            <source>Birthday</source>
            <translation>誕生日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="73" />
            <source>Anniversary</source>
            <translation>記念日</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="94" />
            <source>A contact named “{name}” at {company} already exists</source>
            <translation>{company}の「{name}」という名前の連絡先は既に存在します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>A contact named “{name}” already exists</source>
            <translation>「{name}」という名前の連絡先は既に存在します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="100" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="112" />
            <source>Give the person a name, a company or an email address.</source>
            <translation>名前、会社、またはメールアドレスを入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>&amp;Prefix</source>
            <translation>敬称 (前)(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>&amp;Given name</source>
            <translation>名(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>&amp;Middle name</source>
            <translation>ミドルネーム(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>&amp;Family name</source>
            <translation>姓(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="119" />
            <source>Suffi&amp;x</source>
            <translation>敬称 (後)(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="120" />
            <source>Nic&amp;kname</source>
            <translation>ニックネーム(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="125" />
            <source>&amp;Display as</source>
            <translation>表示名(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="126" />
            <source>Leave empty to show the name built from its parts</source>
            <translation>空欄にすると、各部分から組み立てた名前が表示されます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="127" />
            <source>Built from the name</source>
            <translation>名前から組み立て</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="134" />
            <source>Work</source>
            <translation>勤務先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="136" />
            <source>&amp;Title</source>
            <translation>役職(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="137" />
            <source>Depa&amp;rtment</source>
            <translation>部署(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="138" />
            <source>C&amp;ompany</source>
            <translation>会社(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Add email address</source>
            <translation>メールアドレスを追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Add phone number</source>
            <translation>電話番号を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Add address</source>
            <translation>住所を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Add web address</source>
            <translation>Webアドレスを追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Messaging and social</source>
            <translation>メッセージングとSNS</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Add account</source>
            <translation>アカウントを追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="147" />
            <source>Personal</source>
            <translation>個人</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Birthday</source>
            <translation>誕生日(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Anniversary</source>
            <translation>記念日(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Other dates</source>
            <translation>その他の日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Add date</source>
            <translation>日付を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="151" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="152" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="153" />
            <source>Sharing</source>
            <translation>共有</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="158" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation>この連絡先はその間に削除されたため、変更は保存されませんでした。</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="204" />
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="205" />
            <source>&amp;New Contact</source>
            <translation>新規連絡先(&amp;N)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <location filename="../../src/cardfile/app.py" line="249" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln 件の連絡先</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="207" />
            <source>Contacts: {count}</source>
            <translation>連絡先: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="208" />
            <source>No contacts yet</source>
            <translation>連絡先はまだありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="209" />
            <source>The people you work with will be listed here: add them one by one, or import the vCard or CSV file another address book (Outlook, Google, a phone) exports.</source>
            <translation>仕事で関わる人がここに一覧表示されます。1人ずつ追加するか、他のアドレス帳 (Outlook、Google、電話) からエクスポートした vCard または CSV ファイルをインポートしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="214" />
            <source>No contacts match the filter</source>
            <translation>フィルターに一致する連絡先はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="215" />
            <source>Select a contact to see their card.</source>
            <translation>連絡先を選択すると、そのカードが表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="216" />
            <source>&amp;Contact</source>
            <translation>連絡先(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="28" />
            <source>Cardfile ran into a problem</source>
            <translation>Cardfile で問題が発生しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="37" />
            <source>Something unexpected went wrong while: {action}.

What you were changing was either saved whole or not at all: the database is never left half-written. You can go on working; if it happens again, please send the details to whoever looks after Cardfile for you.</source>
            <translation>{action}中に予期しないエラーが発生しました。

変更中の内容は、すべて保存されたか、まったく保存されていないかのどちらかです。データベースが中途半端に書き込まれることはありません。このまま作業を続けられます。再び発生する場合は、Cardfile の管理担当者に詳細を送ってください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="49" />
            <source>The details are in the log file {path}</source>
            <translation>詳細はログファイル {path} に記録されています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="51" />
            <source>The details could not be written to a log file; copy them from here.</source>
            <translation>詳細をログファイルに書き込めませんでした。ここからコピーしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="59" />
            <source>Copy details</source>
            <translation>詳細をコピー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="63" />
            <source>Open Log Folder</source>
            <translation>ログフォルダーを開く</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="82" />
            <source>Cardfile ran into %Ln problem(s)</source>
            <translation>
                <numerusform>Cardfile で %Ln 件の問題が発生しました</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="86" />
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="69" />
            <source>starting Cardfile</source>
            <translation>Cardfile の起動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="133" />
            <source>pressing {keys}</source>
            <translation>{keys} の押下</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="141" />
            <source>choosing {command}</source>
            <translation>「{command}」の選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="148" />
            <source>clicking {button}</source>
            <translation>「{button}」のクリック</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="154" />
            <source>{what} in “{window}”</source>
            <translation>「{window}」での{what}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="166" />
            <source>“{task}”, started after {action}</source>
            <translation>{action}の後に開始された「{task}」</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="91" />
            <source>Full name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Prefix (Dr., Ms.)</source>
            <translation>敬称 (Dr.、Ms.)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Middle name</source>
            <translation>ミドルネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Suffix (Jr., PhD)</source>
            <translation>接尾辞 (Jr.、PhD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Nickname</source>
            <translation>ニックネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Given name (phonetic)</source>
            <translation>名 (読み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Middle name (phonetic)</source>
            <translation>ミドルネーム (読み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Family name (phonetic)</source>
            <translation>姓 (読み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Department</source>
            <translation>部署</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Job title</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Birthday</source>
            <translation>誕生日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Anniversary</source>
            <translation>記念日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Photo (web link)</source>
            <translation>写真 (Webリンク)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="115" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Web address</source>
            <translation>Webアドレス</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Messaging</source>
            <translation>メッセージング</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Other date</source>
            <translation>その他の日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="126" />
            <source>label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>service</source>
            <translation>サービス</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>street</source>
            <translation>番地</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>city</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>region</source>
            <translation>都道府県・州</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>postal code</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>country</source>
            <translation>国</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>PO box</source>
            <translation>私書箱</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>extended address</source>
            <translation>建物名など</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>whole address</source>
            <translation>住所全体</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="156" />
            <source>Add to notes with the column name</source>
            <translation>列名を付けてメモに追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="158" />
            <source>Do not import</source>
            <translation>インポートしない</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="165" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation>「{target}」(このバージョンの Cardfile では不明な項目)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="170" />
            <source>{field} {number}</source>
            <translation>{field} {number}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="170" />
            <source>{field} ({number})</source>
            <translation>{field} ({number})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="174" />
            <source>{field} ({label})</source>
            <translation>{field} ({label})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="178" />
            <source>{field}: {part}</source>
            <translation>{field}: {part}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="202" />
            <source>Each non-empty cell is added to the contact's notes as “Column: value”.</source>
            <translation>空でない各セルが「列名: 値」の形で連絡先のメモに追加されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="295" />
            <source>(empty in the first rows)</source>
            <translation>(最初の数行は空)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>commas</source>
            <translation>カンマ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>semicolons</source>
            <translation>セミコロン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>tabs</source>
            <translation>タブ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>vertical bars</source>
            <translation>縦棒</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="317" />
            <source>a Google Contacts export</source>
            <translation>Google コンタクトのエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>an Outlook export</source>
            <translation>Outlook のエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>a Cardfile export</source>
            <translation>Cardfile のエクスポート</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="326" />
            <source>{file}: {encoding}, separated by {delimiter}, %Ln column(s).</source>
            <translation>
                <numerusform>{file}: {encoding}、区切り文字は{delimiter}、%Ln 列。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="333" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation>{program}の形式と認識されました。列は対応付け済みです。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="355" />
            <source>Map columns</source>
            <translation>列の対応付け</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="357" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation>各列で入力する連絡先の項目を選択してください。サンプル値はファイルの最初の数行から取得しています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="368" />
            <source>S&amp;tart from:</source>
            <translation>開始点(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="370" />
            <source>&amp;Save Mapping…</source>
            <translation>対応付けを保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="373" />
            <source>&amp;Delete Saved Mapping</source>
            <translation>保存した対応付けを削除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="417" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation>この列の値から推測しました。正しくない場合は変更してください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Sample values</source>
            <translation>サンプル値</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Import as</source>
            <translation>インポート先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="439" />
            <source>(column {number}, no header)</source>
            <translation>(列 {number}、見出しなし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="447" />
            <source>Import column {column} as</source>
            <translation>列 {column} のインポート先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for this file</source>
            <translation>このファイル向けの推奨設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for these files</source>
            <translation>これらのファイル向けの推奨設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save Mapping</source>
            <translation>対応付けの保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save this column mapping as:</source>
            <translation>この列の対応付けの保存名：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="548" />
            <source>Replace Mapping</source>
            <translation>対応付けの置き換え</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="549" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation>「{name}」という名前の対応付けは既に存在します。置き換えますか？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete Mapping</source>
            <translation>対応付けの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation>保存した対応付け「{name}」を削除しますか？</translation>
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1011" />
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1012" />
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1067" />
            <source>Enter a number, such as {example}.</source>
            <translation>{example} のような数値を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="50" />
            <source>Text</source>
            <translation>テキスト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="51" />
            <source>Number</source>
            <translation>数値</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="52" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="53" />
            <source>Choice</source>
            <translation>選択肢</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="54" />
            <source>Yes or no</source>
            <translation>はい/いいえ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="61" />
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="62" />
            <source>Companies</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="63" />
            <source>Activities</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="64" />
            <source>Deals</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Used for</source>
            <translation>使用対象</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Choices</source>
            <translation>選択肢</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="208" />
            <source>Custom Fields</source>
            <translation>カスタム項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="224" />
            <source>Fields of your own appear on the cards, in the lists and in lookups. Removing a field hides it; the values stay in the records and come back with Undo.</source>
            <translation>独自の項目は、カード、一覧、検索条件に表示されます。項目を削除すると非表示になりますが、値はレコードに残り、「元に戻す」で戻ります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="230" />
            <source>&amp;Add…</source>
            <translation>追加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="232" />
            <source>Re&amp;name…</source>
            <translation>名前の変更(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="234" />
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="309" />
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="324" />
            <source>Remove Field</source>
            <translation>項目の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="310" />
            <source>Remove the field “{name}” from {records}? Its values stay in the records and come back if you undo this.</source>
            <translation>{records}から項目「{name}」を削除しますか？値はレコードに残り、この操作を元に戻すと再び表示されます。</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="86" />
            <source>This month</source>
            <translation>今月</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="87" />
            <source>This quarter</source>
            <translation>今四半期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="88" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="89" />
            <source>Last month</source>
            <translation>先月</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="90" />
            <source>Last quarter</source>
            <translation>前四半期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="91" />
            <source>The last 12 months</source>
            <translation>過去12か月</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="158" />
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="161" />
            <source>The period won and lost deals, win rate, average size and forecast are about</source>
            <translation>成立・不成立の商談、成約率、平均金額、売上予測の対象期間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="168" />
            <source>The currency the charts show: amounts in other currencies are not added in</source>
            <translation>グラフに表示する通貨 (他の通貨の金額は合算されません)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="177" />
            <source>&amp;Period:</source>
            <translation>期間(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="178" />
            <source>P&amp;ipeline:</source>
            <translation>パイプライン(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="179" />
            <source>O&amp;wner:</source>
            <translation>所有者(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="180" />
            <source>&amp;Charts in:</source>
            <translation>グラフの通貨(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="192" />
            <source>Activities</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="201" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="202" />
            <source>Overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="214" />
            <source>Results</source>
            <translation>実績</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="262" />
            <source>Pipeline by stage</source>
            <translation>フェーズ別パイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="275" />
            <source>Forecast by month</source>
            <translation>月別売上予測</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="288" />
            <source>Biggest open deals</source>
            <translation>金額の大きい進行中の商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="347" />
            <source>All pipelines</source>
            <translation>すべてのパイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="351" />
            <source>Everyone</source>
            <translation>全員</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Today (%Ln)</source>
            <translation>
                <numerusform>今日 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Overdue (%Ln)</source>
            <translation>
                <numerusform>期限切れ (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing overdue.</source>
            <translation>期限切れはありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing scheduled for today.</source>
            <translation>今日の予定はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="472" />
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="474" />
            <source>today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="478" />
            <source>{when} · {type}</source>
            <translation>{when} · {type}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="479" />
            <source>(no subject)</source>
            <translation>(件名なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="481" />
            <source>{subject} · with {people}</source>
            <translation>{subject} · {people}と</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="493" />
            <source>no deal was won or lost in the period</source>
            <translation>期間内に成立・不成立になった商談はありません</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="497" />
            <source>win rate of the %Ln deal(s) closed in the period</source>
            <translation>
                <numerusform>期間内にクローズした %Ln 件の商談の成約率</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="499" />
            <source>Won: %Ln deal(s)</source>
            <translation>
                <numerusform>成立: %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="500" />
            <source>Lost: %Ln deal(s)</source>
            <translation>
                <numerusform>不成立: %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="501" />
            <source>List the deals won in this period</source>
            <translation>この期間に成立した商談を一覧表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="502" />
            <source>List the deals lost in this period</source>
            <translation>この期間に不成立になった商談を一覧表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="508" />
            <source>Average deal won: {amounts}</source>
            <translation>成立した商談の平均金額: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="509" />
            <source>Average deal won: none won in this period</source>
            <translation>成立した商談の平均金額: この期間の成立なし</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="515" />
            <source>Won (%Ln)</source>
            <translation>
                <numerusform>成立 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="517" />
            <source>%Ln deal(s) won: click to list them</source>
            <translation>
                <numerusform>成立した商談 %Ln 件: クリックで一覧表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="521" />
            <source>Lost (%Ln)</source>
            <translation>
                <numerusform>不成立 (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="523" />
            <source>%Ln deal(s) lost: click to list them</source>
            <translation>
                <numerusform>不成立の商談 %Ln 件: クリックで一覧表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="543" />
            <source>{amounts} + %Ln more currency(ies)</source>
            <translation>
                <numerusform>{amounts} + ほか %Ln 通貨</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="563" />
            <source>{stage}: {amount} in %Ln deal(s)</source>
            <translation>
                <numerusform>{stage}: %Ln 件の商談で {amount}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="568" />
            <source>{stage}: {amount} weighted</source>
            <translation>{stage}: 加重 {amount}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="587" />
            <source>Weighted</source>
            <translation>加重</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="597" />
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="578" />
            <source>Open deals of the pipeline “{pipeline}” in {currency}; click a bar to list them.</source>
            <translation>パイプライン「{pipeline}」の進行中の商談 ({currency})。バーをクリックすると一覧表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="590" />
            <source>{month}: {amount} weighted</source>
            <translation>{month}: 加重 {amount}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="600" />
            <source>{month}: {amount} in %Ln open deal(s)</source>
            <translation>
                <numerusform>{month}: 進行中の %Ln 件の商談で {amount}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="610" />
            <source>Open deals expected to close in the period, in {currency}; click a bar to list them.</source>
            <translation>期間内に完了予定の進行中の商談 ({currency})。バーをクリックすると一覧表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="628" />
            <source>No open deals.</source>
            <translation>進行中の商談はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="638" />
            <source>{amount} · {deal}</source>
            <translation>{amount} · {deal}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>lost</source>
            <translation>不成立</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="145" />
            <source>{month} {year}</source>
            <translation>{year}年{month}</translation>
        </message>
    </context>
    <context>
        <name>DealCard</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="76" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="258" />
            <source>Stage</source>
            <translation>フェーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="77" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="205" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="260" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="80" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="206" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="261" />
            <source>Probability</source>
            <translation>確度</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="89" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="207" />
            <source>Weighted</source>
            <translation>加重金額</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="98" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="208" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="263" />
            <source>Close date</source>
            <translation>完了予定日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="209" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="265" />
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="204" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="262" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="139" />
            <source>{status} {when}</source>
            <translation>{status} {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="140" />
            <source>{status} — {reason}</source>
            <translation>{status} — {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="147" />
            <source>{percent} % (set for this deal)</source>
            <translation>{percent} % (この商談で設定)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="148" />
            <source>{percent} % (the stage's)</source>
            <translation>{percent} % (フェーズの既定値)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="163" />
            <source>Reopen Deal</source>
            <translation>商談を再開</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Won…</source>
            <translation>成立…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Lost…</source>
            <translation>不成立…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as won, with a reason</source>
            <translation>この商談を成立としてクローズし、理由を記録します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as lost, with a reason</source>
            <translation>この商談を不成立としてクローズし、理由を記録します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="175" />
            <source>Reopen</source>
            <translation>再開</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="177" />
            <source>Open this deal again, in the stage it was in</source>
            <translation>この商談を、以前のフェーズで再開します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="192" />
            <source>{pipeline} · {stage}</source>
            <translation>{pipeline} · {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="199" />
            <source>not set</source>
            <translation>未設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="201" />
            <source>This open deal was expected to close before today.</source>
            <translation>この進行中の商談は、今日より前に完了する予定でした。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="211" />
            <source>Deal</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="216" />
            <source>{quantity} × {price}</source>
            <translation>{quantity} × {price}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="218" />
            <source>{amount} − {discount} %</source>
            <translation>{amount} − {discount} %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="222" />
            <source>{amount} = {total}</source>
            <translation>{amount} = {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="227" />
            <source>Sum</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="227" />
            <source>{total} (the deal's amount)</source>
            <translation>{total} (商談の金額)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="229" />
            <source>Line items</source>
            <translation>明細</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="230" />
            <source>Custom fields</source>
            <translation>カスタム項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <source>the stage's</source>
            <translation>フェーズの既定値</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="253" />
            <source>(none)</source>
            <translation>(なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="242" />
            <source>(removed)</source>
            <translation>(削除済み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="259" />
            <source>Pipeline</source>
            <translation>パイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="264" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="266" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="267" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="278" />
            <source>{field}: {new}</source>
            <translation>{field}: {new}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="279" />
            <source>{field}: {old} ← {new}</source>
            <translation>{field}: {old} ← {new}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="279" />
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="288" />
            <source>No history yet.</source>
            <translation>履歴はまだありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · added by {user}</source>
            <translation>{when} · {user} が追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · by {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="314" />
            <source>Nobody yet. Edit the deal to add the people on it and their roles.</source>
            <translation>まだ誰もいません。商談を編集して、関係者とその役割を追加してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="316" />
            <source>(no name)</source>
            <translation>(名前なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="324" />
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="325" />
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
    </context>
    <context>
        <name>DealFilters</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="43" />
            <source>Any close date</source>
            <translation>すべての完了予定日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="44" />
            <source>Overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="45" />
            <source>Closing this month</source>
            <translation>今月完了予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="46" />
            <source>Closing next month</source>
            <translation>来月完了予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="47" />
            <source>Closing this quarter</source>
            <translation>今四半期完了予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="48" />
            <source>Closing next quarter</source>
            <translation>来四半期完了予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="49" />
            <source>Closing this year</source>
            <translation>今年完了予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="50" />
            <source>No close date</source>
            <translation>完了予定日なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="75" />
            <source>Show the deals of one pipeline</source>
            <translation>1つのパイプラインの商談を表示します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="76" />
            <source>Show one person's deals</source>
            <translation>1人の商談を表示します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="77" />
            <source>Show deals expected to close in a period</source>
            <translation>期間内に完了予定の商談を表示します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="78" />
            <source>Show open, won or lost deals</source>
            <translation>進行中、成立、または不成立の商談を表示します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="81" />
            <source>Any company</source>
            <translation>すべての会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="83" />
            <location filename="../../src/cardfile/ui/deals/filters.py" line="226" />
            <source>Show the deals with one company: type part of its name</source>
            <translation>1つの会社との商談を表示します (名前の一部を入力)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="86" />
            <source>Any status</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="105" />
            <source>All pipelines</source>
            <translation>すべてのパイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="108" />
            <source>Anyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="196" />
            <source>Overdue, {range}</source>
            <translation>期限切れ、{range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="197" />
            <source>Closing {range}</source>
            <translation>{range} に完了予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="224" />
            <source>There is no company named “{name}”</source>
            <translation>「{name}」という名前の会社はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="239" />
            <source>stage {stage}</source>
            <translation>フェーズ {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="241" />
            <source>in {currency}</source>
            <translation>{currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="245" />
            <source>none closed</source>
            <translation>クローズなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="247" />
            <source>closed {range}</source>
            <translation>{range} にクローズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="255" />
            <source>(removed)</source>
            <translation>(削除済み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="273" />
            <source>Show All</source>
            <translation>すべて表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="275" />
            <source>Clear every filter and show all deals (Ctrl+Shift+A)</source>
            <translation>すべてのフィルターを解除し、すべての商談を表示します (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="284" />
            <source>Showing only deals: {filter}</source>
            <translation>表示中の商談: {filter}</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="76" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="80" />
            <source>“{text}” is not a number.</source>
            <translation>「{text}」は数値ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="103" />
            <source>Product or service</source>
            <translation>製品またはサービス</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="104" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="212" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="213" />
            <source>Unit price</source>
            <translation>単価</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="214" />
            <source>Discount %</source>
            <translation>割引 %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="114" />
            <source>Remove this line item</source>
            <translation>この明細を削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="154" />
            <source>Name the product or service.</source>
            <translation>製品またはサービスの名前を入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>discount</source>
            <translation>割引</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="165" />
            <source>The {what} is not a number; write it as {example}.</source>
            <translation>{what}が数値ではありません。{example} のように入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="173" />
            <source>A quantity is more than 0, with at most 6 decimals.</source>
            <translation>数量は 0 より大きく、小数点以下 6 桁までです。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="175" />
            <source>A discount is between 0 and 100 percent.</source>
            <translation>割引は 0 から 100 パーセントの範囲です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="211" />
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="215" />
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="222" />
            <source>Add Line Item</source>
            <translation>明細を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="227" />
            <source>The sum is the deal's amount</source>
            <translation>合計が商談の金額になります</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="229" />
            <source>Keep the amount equal to the line items' sum as they change</source>
            <translation>明細の変更に合わせて、金額を明細の合計と同じに保ちます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="281" />
            <source>Sum: {total}</source>
            <translation>合計: {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="339" />
            <source>Type part of a name</source>
            <translation>名前の一部を入力</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="353" />
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="360" />
            <source>Take this person off the deal</source>
            <translation>この個人を商談から外す</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="400" />
            <source>Choose the person from the names offered as you type.</source>
            <translation>入力中に表示される候補から個人を選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="417" />
            <source>Add Person</source>
            <translation>個人を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="557" />
            <source>The stage's ({percent} %)</source>
            <translation>フェーズの既定値 ({percent} %)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="584" />
            <source>The amount is the line items' sum</source>
            <translation>金額は明細の合計です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="601" />
            <source>A deal needs a name.</source>
            <translation>商談には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="607" />
            <source>&amp;Name</source>
            <translation>名前(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>&amp;Company</source>
            <translation>会社(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>The company the deal is with, if any</source>
            <translation>商談の相手先の会社 (ある場合)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="611" />
            <source>&amp;Amount</source>
            <translation>金額(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="612" />
            <source>The deal's value, exactly, in its currency</source>
            <translation>商談の正確な金額 (商談の通貨で)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>C&amp;lose date</source>
            <translation>完了予定日(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>When the deal is expected to close</source>
            <translation>商談が完了する予定の日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>O&amp;wner</source>
            <translation>所有者(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>Who looks after the deal</source>
            <translation>商談の担当者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="622" />
            <source>Pipeline</source>
            <translation>パイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="624" />
            <source>&amp;Pipeline</source>
            <translation>パイプライン(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="625" />
            <source>&amp;Stage</source>
            <translation>フェーズ(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="628" />
            <source>P&amp;robability</source>
            <translation>確度(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="633" />
            <source>The chance the deal closes; below 0 goes back to the stage's</source>
            <translation>商談が成立する見込み。0 未満にするとフェーズの既定値に戻ります</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="637" />
            <source>S&amp;tatus</source>
            <translation>状態(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Lost</source>
            <translation>不成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="642" />
            <source>Rea&amp;son</source>
            <translation>理由(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="646" />
            <source>Why it was won or lost: pick one, or type a new one for the list</source>
            <translation>成立または不成立の理由。選択するか、新しい理由を入力して一覧に追加します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="650" />
            <source>Line items</source>
            <translation>明細</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="651" />
            <source>People on the deal</source>
            <translation>商談の関係者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="656" />
            <source>This deal was deleted meanwhile; your changes were not saved.</source>
            <translation>この商談はその間に削除されたため、変更は保存されませんでした。</translation>
        </message>
    </context>
    <context>
        <name>Deals</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="31" />
            <source>Me</source>
            <translation>自分</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Lost</source>
            <translation>不成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="54" />
            <source>{date} · overdue</source>
            <translation>{date} · 期限切れ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="58" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln 件の商談</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="67" />
            <source>{total} · weighted {weighted}</source>
            <translation>{total} · 加重 {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="100" />
            <source>+ %Ln more currency(ies)</source>
            <translation>
                <numerusform>+ ほか %Ln 通貨</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="108" />
            <source>All periods</source>
            <translation>すべての期間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="110" />
            <source>No close date</source>
            <translation>完了予定日なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="112" />
            <source>Q{quarter} {year}</source>
            <translation>{year} 年第{quarter}四半期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="123" />
            <source>Undated</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="128" />
            <source>Q{quarter}</source>
            <translation>第{quarter}四半期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="132" />
            <source>{period} {year}</source>
            <translation>{year}年{period}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="144" />
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="83" />
            <source>Sales</source>
            <comment>seeded</comment>
            <translation>営業</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="84" />
            <source>Prospect</source>
            <comment>seeded</comment>
            <translation>見込み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="85" />
            <source>Qualified</source>
            <comment>seeded</comment>
            <translation>案件化</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Proposal</source>
            <comment>seeded</comment>
            <translation>提案</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>Negotiation</source>
            <comment>seeded</comment>
            <translation>交渉</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="88" />
            <source>Commitment</source>
            <comment>seeded</comment>
            <translation>合意</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="89" />
            <source>Price</source>
            <comment>seeded</comment>
            <translation>価格</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Product fit</source>
            <comment>seeded</comment>
            <translation>製品の適合性</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>Relationship</source>
            <comment>seeded</comment>
            <translation>関係性</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>Service and support</source>
            <comment>seeded</comment>
            <translation>サービスとサポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="93" />
            <source>Timing</source>
            <comment>seeded</comment>
            <translation>タイミング</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="94" />
            <source>Other</source>
            <comment>seeded</comment>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="95" />
            <source>Competitor</source>
            <comment>seeded</comment>
            <translation>競合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="96" />
            <source>No budget</source>
            <comment>seeded</comment>
            <translation>予算なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="97" />
            <source>No decision</source>
            <comment>seeded</comment>
            <translation>意思決定なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="98" />
            <source>Decision maker</source>
            <comment>seeded</comment>
            <translation>意思決定者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="99" />
            <source>Economic buyer</source>
            <comment>seeded</comment>
            <translation>予算決裁者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="100" />
            <source>Influencer</source>
            <comment>seeded</comment>
            <translation>影響者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="101" />
            <source>Champion</source>
            <comment>seeded</comment>
            <translation>推進者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="102" />
            <source>Technical evaluator</source>
            <comment>seeded</comment>
            <translation>技術評価者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="103" />
            <source>User</source>
            <comment>seeded</comment>
            <translation>利用者</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="52" />
            <source>&amp;Board</source>
            <translation>ボード(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="53" />
            <source>The open deals as cards in a column per stage; drag a card to move the deal</source>
            <translation>進行中の商談をフェーズごとの列にカードで表示します。カードをドラッグすると商談を移動できます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="57" />
            <source>&amp;Forecast</source>
            <translation>売上予測(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="58" />
            <source>Weighted and unweighted totals by the month or quarter deals should close</source>
            <translation>完了予定の月または四半期ごとの加重合計と合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="60" />
            <source>&amp;Pipelines…</source>
            <translation>パイプライン(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="61" />
            <source>Add, rename, reorder and remove pipelines and their stages</source>
            <translation>パイプラインとそのフェーズの追加、名前の変更、並べ替え、削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>Deals</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="235" />
            <source>&amp;New Deal</source>
            <translation>新規商談(&amp;N)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="236" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln 件の商談</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="237" />
            <source>Deals: {count}</source>
            <translation>商談: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="238" />
            <source>No deals yet</source>
            <translation>商談はまだありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="239" />
            <source>Your sales opportunities are followed here, stage by stage through a pipeline: what each is worth, who is on it and when it should close.</source>
            <translation>商談をパイプラインのフェーズごとに追跡します: 各商談の金額、関係者、完了予定日。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="244" />
            <source>No deals match the filter</source>
            <translation>フィルターに一致する商談はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="245" />
            <source>Select a deal to see its card.</source>
            <translation>商談を選択すると、そのカードが表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="246" />
            <source>&amp;Deal</source>
            <translation>商談(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>DesktopSession</name>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="59" />
            <source>{name} is open in another Cardfile window.</source>
            <translation>{name} は別の Cardfile ウィンドウで開かれています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="111" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="23" />
            <source>same name</source>
            <translation>同じ名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="24" />
            <source>same name but for accents or case</source>
            <translation>アクセントや大文字・小文字のみ異なる同じ名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="25" />
            <source>same name, words in another order</source>
            <translation>語順の異なる同じ名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="26" />
            <source>same name in another script</source>
            <translation>別の文字体系で書かれた同じ名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="27" />
            <source>name a typo apart</source>
            <translation>入力ミス程度の違いの名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="28" />
            <source>similar name</source>
            <translation>似た名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="30" />
            <source>same email {detail}</source>
            <translation>同じメール {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="31" />
            <source>same phone {detail}</source>
            <translation>同じ電話 {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="32" />
            <source>same vCard UID</source>
            <translation>同じ vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="33" />
            <source>same company {detail}</source>
            <translation>同じ会社 {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="34" />
            <source>same birthday {detail}</source>
            <translation>同じ誕生日 {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="35" />
            <source>same title {detail}</source>
            <translation>同じ役職 {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="36" />
            <source>same website {detail}</source>
            <translation>同じWebサイト {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="37" />
            <source>same address</source>
            <translation>同じ住所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="46" />
            <source>; </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="54" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="55" />
            <source>Name (phonetic)</source>
            <translation>名前 (読み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="56" />
            <source>Photo</source>
            <translation>写真</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="57" />
            <source>Logo</source>
            <translation>ロゴ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="58" />
            <source>Nickname</source>
            <translation>ニックネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="59" />
            <source>Title</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="60" />
            <source>Department</source>
            <translation>部署</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="61" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="62" />
            <source>Parent company</source>
            <translation>親会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="63" />
            <source>Industry</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="64" />
            <source>Website</source>
            <translation>Webサイト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="65" />
            <source>Birthday</source>
            <translation>誕生日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="66" />
            <source>Anniversary</source>
            <translation>記念日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="67" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="68" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="69" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="70" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="71" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="72" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="73" />
            <source>Messaging</source>
            <translation>メッセージング</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="74" />
            <source>Dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="75" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="76" />
            <source>Other vCard properties</source>
            <translation>その他の vCard プロパティ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="86" />
            <source>A record cannot be merged with itself.</source>
            <translation>レコードをそれ自体と統合することはできません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="87" />
            <source>“{record}” is no longer there.</source>
            <translation>「{record}」はもう存在しません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="88" />
            <source>A person and a company cannot be merged.</source>
            <translation>個人と会社は統合できません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="89" />
            <source>“{record}” is in the Trash or was merged already; restore or unmerge it first.</source>
            <translation>「{record}」はゴミ箱にあるか、既に統合されています。先に復元または統合解除してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="93" />
            <source>This merge was taken back already.</source>
            <translation>この統合は既に取り消されています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="94" />
            <source>One of the records was erased for good; the merge cannot be taken back.</source>
            <translation>レコードの1つが完全に削除されたため、統合を取り消すことはできません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="95" />
            <source>“{record}” was merged into another record since; unmerge that merge first.</source>
            <translation>「{record}」はその後別のレコードに統合されています。先にその統合を解除してください。</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="41" />
            <source>(no name)</source>
            <translation>(名前なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="54" />
            <source>{first} and {second}: {score} — {why}</source>
            <translation>{first} と {second}: {score} — {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="65" />
            <source>No two cards share an email address or a phone number, or have the same name with the same company, address or birthday. Pairs you marked as not duplicates are not shown again.</source>
            <translation>メールアドレスや電話番号が共通するカード、または名前が同じで会社・住所・誕生日も同じカードはありません。重複ではないとマークしたペアは再表示されません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="81" />
            <source>Cards</source>
            <translation>カード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="82" />
            <source>Score</source>
            <translation>スコア</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="83" />
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="99" />
            <source>Duplicates</source>
            <translation>重複</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="100" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="228" />
            <source>No duplicates found</source>
            <translation>重複は見つかりませんでした</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="113" />
            <source>People</source>
            <translation>個人</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="114" />
            <source>Companies</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="116" />
            <source>&amp;Look among:</source>
            <translation>検索対象(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="118" />
            <source>&amp;Scan Again</source>
            <translation>再スキャン(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="126" />
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="149" />
            <source>&amp;Compare and Merge…</source>
            <translation>比較して統合(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="152" />
            <source>Show the cards side by side and merge them into one</source>
            <translation>カードを並べて表示し、1つに統合します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="155" />
            <source>&amp;Not Duplicates</source>
            <translation>重複ではない(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="158" />
            <source>These are different people (or companies): never propose them again</source>
            <translation>別の人 (または会社) です。今後は候補に表示しません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>Show the first card in its list</source>
            <translation>最初のカードを一覧で表示します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="163" />
            <source>&amp;Marked Pairs…</source>
            <translation>マーク済みのペア(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="165" />
            <source>The pairs marked as not duplicates, to take a mark back</source>
            <translation>重複ではないとマークしたペア (マークを解除できます)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="186" />
            <source>Reading the cards…</source>
            <translation>カードを読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="187" />
            <source>Comparing…</source>
            <translation>比較しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="188" />
            <source>Grouping…</source>
            <translation>グループ化しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="197" />
            <source>Looking for duplicates…</source>
            <translation>重複を検索しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="198" />
            <source>This takes a few seconds in a large address book.</source>
            <translation>大きなアドレス帳では数秒かかります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="199" />
            <source>Looking for duplicates</source>
            <translation>重複の検索</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="211" />
            <source>The scan was stopped</source>
            <translation>スキャンを停止しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="212" />
            <source>Scan Again looks for duplicates from the start.</source>
            <translation>「再スキャン」で最初から重複を検索します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="234" />
            <source>The scan failed</source>
            <translation>スキャンに失敗しました</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="298" />
            <source>%Ln group(s) of possible duplicates</source>
            <translation>
                <numerusform>重複の可能性があるグループ: %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="322" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="323" />
            <source>Card</source>
            <translation>カード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="324" />
            <source>Marked</source>
            <translation>マーク日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="329" />
            <source>Not Duplicates</source>
            <translation>重複ではない</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="330" />
            <source>No pairs are marked</source>
            <translation>マークされたペアはありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="331" />
            <source>Cards you mark as not duplicates in the Duplicates view are listed here.</source>
            <translation>「重複」ビューで重複ではないとマークしたカードがここに一覧表示されます。</translation>
        </message>
    </context>
    <context>
        <name>EntryLabel</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="147" />
            <source>work</source>
            <translation>勤務先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="148" />
            <source>home</source>
            <translation>自宅</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="149" />
            <source>mobile</source>
            <translation>携帯</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="150" />
            <source>fax</source>
            <translation>FAX</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="151" />
            <source>other</source>
            <translation>その他</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="375" />
            <source>Preferred: use this one first</source>
            <translation>優先: これを最初に使用します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="380" />
            <source>Move up (Alt+Up)</source>
            <translation>上へ移動 (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="384" />
            <source>Move down (Alt+Down)</source>
            <translation>下へ移動 (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="388" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="470" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="471" />
            <source>Phone number</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="472" />
            <source>www.example.com</source>
            <translation>www.example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="473" />
            <source>User name or number</source>
            <translation>ユーザー名または番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="488" />
            <source>Network or messenger</source>
            <translation>ネットワークまたはメッセンジャー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="491" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="467" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation>{path} は新しいバージョンの Cardfile で書き込まれています (スキーマ {found})。このバージョンが扱えるのはスキーマ {supported} までのため、変更しません。開くには新しい Cardfile をインストールしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="472" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation>{path} は破損しているか、Cardfile のデータベースではありません ({detail})。変更は行われていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="473" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation>{path} は他のプログラムの SQLite データベースで、Cardfile のデータベースではありません。変更は行われていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="476" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation>{path} は他のプログラムまたは別の Cardfile ウィンドウによってロックされています。処理が終わってから再試行してください。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="481" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation>{path} を開けません: {detail}。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="482" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation>{path} は読み取りはできますが、ここでは変更できません ({detail})。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="483" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation>{path} はチェックで破損が見つかりました ({checked_at}: {problem})。Cardfile で表示はできますが、変更はしません。バックアップから復元する (cardfile db restore FILE) か、修復 (cardfile db repair) してください。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="488" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation>{path} があるディスクがいっぱいです。最後の変更は保存されませんでした。空き容量を確保して再試行してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="491" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation>{path} を {target} にバックアップできませんでした: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="492" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation>{path} の本日の自動バックアップは作成されませんでした ({detail})。他への影響はありません。Cardfile は1時間以内に再試行します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="497" />
            <source>There is nothing to undo</source>
            <translation>元に戻す操作はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="498" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation>この{record_type}の所有者や非公開設定を変更できるのは {owner} だけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="499" />
            <source>No {record_type} with id {record_id}</source>
            <translation>ID {record_id} の{record_type}はありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="500" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation>同期サーバーがまだ設定されていません。[同期] ▸ [同期の設定] で選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="501" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation>同期サーバー {server} に接続できません: {detail}。変更は保持され、後で同期されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="504" />
            <source>The sync server {server} refused: {detail}</source>
            <translation>同期サーバー {server} に拒否されました: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="505" />
            <source>A sync of this database is running already.</source>
            <translation>このデータベースの同期はすでに実行中です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="506" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation>{server} と同期できません: {detail}。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="507" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation>{user} として {server} にサインイン: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="508" />
            <source>There is no exchange rate from {source} to {target} yet: enter one in Exchange Rates…</source>
            <translation>{source} から {target} への為替レートがまだありません。[為替レート…] で入力してください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="511" />
            <source>No TrueType or OpenType font was found on this computer (looked in {folders}); install one (for example DejaVu Sans or Noto Sans) to make PDF reports.</source>
            <translation>このコンピューターに TrueType または OpenType フォントが見つかりませんでした ({folders} を検索)。PDF レポートを作成するには、フォント (DejaVu Sans や Noto Sans など) をインストールしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="516" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation>同期を停止しました。サーバーが確認済みの内容は保持され、残りは次回の同期で送信されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="519" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation>人の名前を含む列がなく、{column!r} に会社名が含まれています。このままでは各人が会社名で表示されます。名前を含む列を名前の項目に対応付けるか、このままインポートしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="524" />
            <source>Cannot merge {record}: {why}</source>
            <translation>{record} を統合できません: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="525" />
            <source>Cannot unmerge {record}: {why}</source>
            <translation>{record} の統合を解除できません: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="526" />
            <source>This card was merged into another; Unmerge in Lookup ▸ Merge History brings it back.</source>
            <translation>このカードは別のカードに統合されています。[検索] ▸ [統合履歴] の「統合解除」で元に戻せます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="529" />
            <source>Cardfile did not send your password to {server}: the address starts with http://, so anyone on the network could read it. Use the server's https:// address, or tick “Send my password without encryption” in Sync Settings.</source>
            <translation>Cardfile はパスワードを {server} に送信しませんでした。アドレスが http:// で始まるため、ネットワーク上の誰でも読み取れてしまいます。サーバーの https:// アドレスを使用するか、同期の設定で「暗号化せずにパスワードを送信する」をオンにしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="535" />
            <source>Only {owner} or an administrator may erase this {record_type} for good; it stays in the Trash</source>
            <translation>この{record_type}を完全に削除できるのは {owner} または管理者だけです。ゴミ箱に残ります</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="538" />
            <source>No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. Choose the field of the column that holds them.</source>
            <translation>名前、会社、メールアドレスのいずれにも対応付けられた列がないため、連絡先を区別できません。これらを含む列の項目を選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="543" />
            <source>{file} is not a vCard file ({detail}); nothing was imported.</source>
            <translation>{file} は vCard ファイルではありません ({detail})。何もインポートされていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="544" />
            <source>{file} is not an iCalendar file ({detail}); nothing was imported.</source>
            <translation>{file} は iCalendar ファイルではありません ({detail})。何もインポートされていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="545" />
            <source>{file} is not a CSV file of contacts ({detail}); nothing was imported.</source>
            <translation>{file} は連絡先の CSV ファイルではありません ({detail})。何もインポートされていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="546" />
            <source>Cannot read {file}: {detail}. Nothing was imported.</source>
            <translation>{file} を読み込めません: {detail}。何もインポートされていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="547" />
            <source>There are no .vcf or .vcard files in {folder}; nothing was imported.</source>
            <translation>{folder} には .vcf / .vcard ファイルがありません。何もインポートされていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="548" />
            <source>Cannot write {target}: {detail}. Nothing was exported.</source>
            <translation>{target} に書き込めません: {detail}。何もエクスポートされていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="549" />
            <source>{file} is not a Google Contacts, Outlook or Cardfile export and its columns {columns} could not be matched to fields; choose which column holds which field. Nothing was imported.</source>
            <translation>{file} は Google コンタクト、Outlook、Cardfile のエクスポートではなく、列 {columns} を項目に対応付けられませんでした。どの列がどの項目かを選んでください。何もインポートされていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="554" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation>このコンピューターではキーリングを使用できないため、同期のサインイン情報を記憶できません。Cardfile は起動するたびにパスワードを要求します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="559" />
            <source>“{what}” matches several records: {candidates}. Choose one of them.</source>
            <translation>「{what}」に当てはまるレコードが複数あります: {candidates}。どれか 1 つを選んでください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="560" />
            <source>This was changed elsewhere in the meantime; look at it again and repeat the change.</source>
            <translation>その間に別の場所で変更されました。もう一度確認してから、変更をやり直してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="597" />
            <source>Cardfile could not do this ({code}).</source>
            <translation>Cardfile はこの操作を実行できませんでした ({code})。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="611" />
            <location filename="../../src/cardfile/ui/words.py" line="797" />
            <source>Cardfile ran into an error of its own; the error report tells what happened.</source>
            <translation>Cardfile 内部でエラーが発生しました。エラーレポートに詳細が記載されています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="619" />
            <source>there is no such file or folder</source>
            <translation>そのファイルまたはフォルダーはありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="620" />
            <location filename="../../src/cardfile/ui/words.py" line="621" />
            <source>you do not have permission to use it</source>
            <translation>使用する権限がありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="622" />
            <source>the disk is full</source>
            <translation>ディスクがいっぱいです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="623" />
            <source>your disk quota is used up</source>
            <translation>ディスクの割り当て容量を使い切りました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="624" />
            <source>the disk can only be read, not written</source>
            <translation>ディスクは読み取り専用で、書き込めません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="625" />
            <source>it is a folder, not a file</source>
            <translation>ファイルではなくフォルダーです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="626" />
            <source>a part of the path is not a folder</source>
            <translation>パスの一部がフォルダーではありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="627" />
            <source>it exists already</source>
            <translation>すでに存在します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="628" />
            <source>the name is too long</source>
            <translation>名前が長すぎます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="629" />
            <location filename="../../src/cardfile/ui/words.py" line="630" />
            <source>another program is using it</source>
            <translation>別のプログラムが使用中です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="631" />
            <source>the disk could not be read or written (an input/output error)</source>
            <translation>ディスクの読み書きができませんでした (入出力エラー)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="632" />
            <location filename="../../src/cardfile/ui/words.py" line="633" />
            <source>too many files are open</source>
            <translation>開いているファイルが多すぎます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="634" />
            <source>the file is too large</source>
            <translation>ファイルが大きすぎます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="635" />
            <source>the folder is not empty</source>
            <translation>フォルダーが空ではありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="636" />
            <source>its path goes round in a circle of links</source>
            <translation>パスがリンクの循環になっています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="637" />
            <source>the name cannot be used here</source>
            <translation>この名前はここでは使えません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="638" />
            <location filename="../../src/cardfile/ui/words.py" line="639" />
            <source>the disk or device is not there</source>
            <translation>ディスクまたはデバイスが見つかりません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="640" />
            <source>the connection was refused</source>
            <translation>接続が拒否されました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="641" />
            <source>the connection was broken off</source>
            <translation>接続が切断されました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="642" />
            <source>there was no answer in time</source>
            <translation>時間内に応答がありませんでした</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="643" />
            <location filename="../../src/cardfile/ui/words.py" line="644" />
            <source>the network cannot reach it</source>
            <translation>ネットワークから到達できません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="647" />
            <source>the system refused (error {number})</source>
            <translation>システムが拒否しました (エラー {number})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="657" />
            <source>Cannot use {file}: {problem}.</source>
            <translation>{file} を使用できません: {problem}。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="658" />
            <source>The computer refused: {problem}.</source>
            <translation>コンピューターが拒否しました: {problem}。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="667" />
            <source>it needs an upgrade to schema {schema} first, which writes to it</source>
            <translation>先にスキーマ {schema} への更新が必要で、その更新はファイルに書き込みます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="671" />
            <source>its contents are damaged</source>
            <translation>内容が壊れています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="672" />
            <source>its pages are damaged, which only a backup puts right</source>
            <translation>ページが壊れています。直せるのはバックアップだけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="673" />
            <source>its compressed copy is damaged</source>
            <translation>圧縮されたコピーが壊れています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="674" />
            <source>it is not an SQLite database file</source>
            <translation>SQLite データベースファイルではありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="675" />
            <source>SQLite cannot open it</source>
            <translation>SQLite で開けません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="676" />
            <source>it can only be read</source>
            <translation>読み取りしかできません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="678" />
            <source>the file is read-only for this user</source>
            <translation>このユーザーにとってファイルは読み取り専用です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="679" />
            <source>its folder is read-only for this user</source>
            <translation>このユーザーにとってフォルダーは読み取り専用です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="690" />
            <source>only {free} free on its disk for a copy of {needed}</source>
            <translation>ディスクの空きが {free} しかなく、コピーには {needed} 必要です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="699" />
            <source>it is empty</source>
            <translation>空です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="700" />
            <source>it holds binary data</source>
            <translation>バイナリデータを含んでいます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="701" />
            <source>it has no header row</source>
            <translation>見出し行がありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="702" />
            <source>it is a vCard file</source>
            <translation>vCard ファイルです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="703" />
            <source>it does not begin as one</source>
            <translation>そのファイル形式の先頭になっていません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="704" />
            <source>there is no such file</source>
            <translation>そのようなファイルはありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="715" />
            <source>The column “{column}” cannot be mapped to “{target}”: that field takes no label or part.</source>
            <translation>列「{column}」を「{target}」に対応付けられません。その項目にはラベルや要素を付けられません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="719" />
            <source>The column “{column}” cannot be mapped to “{target}”: the field's parts are {parts}.</source>
            <translation>列「{column}」を「{target}」に対応付けられません。この項目の要素は {parts} です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="721" />
            <source>The column “{column}” cannot be mapped to “{target}”: that is not a field's name.</source>
            <translation>列「{column}」を「{target}」に対応付けられません。それは項目名ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="723" />
            <source>The column “{column}” cannot be mapped to “{target}”: there is no such field.</source>
            <translation>列「{column}」を「{target}」に対応付けられません。そのような項目はありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="738" />
            <source>The stage “{stage}” holds %Ln deal(s); choose the stage they move to: {stages}.</source>
            <translation>
                <numerusform>フェーズ「{stage}」には %Ln 件の商談があります。移動先のフェーズを選んでください: {stages}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="741" />
            <source>The pipeline “{pipeline}” holds %Ln deal(s); choose a stage of another pipeline for them.</source>
            <translation>
                <numerusform>パイプライン「{pipeline}」には %Ln 件の商談があります。移動先として別のパイプラインのフェーズを選んでください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A stage needs a name.</source>
            <translation>フェーズには名前が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A pipeline needs a name.</source>
            <translation>パイプラインには名前が必要です。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="768" />
            <source>A name can be at most %Ln character(s) long.</source>
            <translation>
                <numerusform>名前は %Ln 文字以内にしてください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="772" />
            <source>The pipeline “{pipeline}” already has a stage named “{name}”.</source>
            <translation>パイプライン「{pipeline}」には「{name}」という名前のフェーズがすでにあります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="775" />
            <source>There is already a pipeline named “{name}”.</source>
            <translation>「{name}」という名前のパイプラインはすでにあります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="777" />
            <source>{stage}: a probability is a whole number from 0 to 100.</source>
            <translation>{stage}: 確度は 0 から 100 までの整数です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="781" />
            <source>“{stage}” is the only stage of “{pipeline}”; a pipeline keeps at least one.</source>
            <translation>「{stage}」は「{pipeline}」の唯一のフェーズです。パイプラインには少なくとも 1 つのフェーズが必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="784" />
            <source>“{pipeline}” is the only pipeline; add another before removing it.</source>
            <translation>「{pipeline}」は唯一のパイプラインです。削除する前に別のパイプラインを追加してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="801" />
            <source>%Ln new contact(s)</source>
            <translation>
                <numerusform>新しい連絡先 %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="803" />
            <source>%Ln new company(ies)</source>
            <translation>
                <numerusform>新しい会社 %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="805" />
            <source>%Ln changed record(s)</source>
            <translation>
                <numerusform>変更されたレコード %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="806" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation>インポートが途中で停止しました。{cause} それまでに書き込まれた内容はデータベースに残っています: {kept}。問題が解決したら、[編集] ▸ [元に戻す] ですべてをまとめて取り消せます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="810" />
            <source>the batches it had written</source>
            <translation>書き込まれていたバッチ</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="69" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Contacts</source>
            <translation>連絡先のエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="84" />
            <source>All contacts and companies</source>
            <translation>すべての連絡先と会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="86" />
            <source>The selected records ({count})</source>
            <translation>選択したレコード ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="88" />
            <source>A group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>A saved lookup</source>
            <translation>保存した検索条件</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="93" />
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="102" />
            <source>vCard 3.0 (most compatible)</source>
            <translation>vCard 3.0 (互換性重視)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="103" />
            <source>vCard 4.0</source>
            <translation>vCard 4.0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="104" />
            <source>CSV (spreadsheet)</source>
            <translation>CSV (スプレッドシート)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="105" />
            <source>iCalendar (.ics): activities, for calendar programs</source>
            <translation>iCalendar (.ics): 活動 (カレンダーソフト用)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>All activities</source>
            <translation>すべての活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="109" />
            <source>Those in a date range</source>
            <translation>期間内の活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>{name}'s activities</source>
            <translation>{name} の活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>A person's activities</source>
            <translation>個人の活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="114" />
            <source>The selected activities ({count})</source>
            <translation>選択した活動 ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="131" />
            <source>to</source>
            <translation>～</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="137" />
            <source>One file</source>
            <translation>1つのファイル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="140" />
            <source>One file per contact, in a folder</source>
            <translation>連絡先ごとに1ファイル (フォルダー内)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="144" />
            <source>Where to write</source>
            <translation>書き込み先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="147" />
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="154" />
            <source>Export:</source>
            <translation>エクスポート対象：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="155" />
            <source>Group:</source>
            <translation>グループ：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="156" />
            <source>Lookup:</source>
            <translation>検索条件：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="157" />
            <source>Format:</source>
            <translation>形式：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="158" />
            <source>Activities:</source>
            <translation>活動：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="159" />
            <source>From:</source>
            <translation>開始日：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="160" />
            <source>Write:</source>
            <translation>書き込み方法：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="162" />
            <source>Destination:</source>
            <translation>保存先：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="172" />
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Activities</source>
            <translation>活動のエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="248" />
            <source>Export into Folder</source>
            <translation>フォルダーにエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Calendar files (*.ics)</source>
            <translation>カレンダー ファイル (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="253" />
            <source>vCard files (*.vcf)</source>
            <translation>vCard ファイル (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="255" />
            <source>Export to File</source>
            <translation>ファイルにエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="292" />
            <source>{done} of {total} exported</source>
            <translation>{total} 件中 {done} 件をエクスポートしました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="312" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="348" />
            <source>Exporting…</source>
            <translation>エクスポートしています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="315" />
            <source>Exporting contacts</source>
            <translation>連絡先のエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="351" />
            <source>Exporting activities</source>
            <translation>活動をエクスポートしています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="365" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation>エクスポートはキャンセルされました。何も残っていません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="368" />
            <source>Exported %Ln record(s) to {target}.</source>
            <translation>
                <numerusform>%Ln 件のレコードを {target} にエクスポートしました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="372" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="383" />
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="255" />
            <source>Prefix</source>
            <translation>敬称</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="256" />
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="257" />
            <source>Middle name</source>
            <translation>ミドルネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="258" />
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="259" />
            <source>Suffix</source>
            <translation>接尾辞</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="260" />
            <source>Nickname</source>
            <translation>ニックネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="261" />
            <location filename="../../src/cardfile/ui/words.py" line="262" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="263" />
            <source>Given name (phonetic)</source>
            <translation>名 (読み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="264" />
            <source>Middle name (phonetic)</source>
            <translation>ミドルネーム (読み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="265" />
            <source>Family name (phonetic)</source>
            <translation>姓 (読み)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="266" />
            <source>Title</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="267" />
            <source>Department</source>
            <translation>部署</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="268" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="269" />
            <source>Parent company</source>
            <translation>親会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="270" />
            <source>Industry</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="271" />
            <source>Website</source>
            <translation>Webサイト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="272" />
            <source>Birthday</source>
            <translation>誕生日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="273" />
            <source>Anniversary</source>
            <translation>記念日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="274" />
            <source>Photo</source>
            <translation>写真</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="275" />
            <source>Logo</source>
            <translation>ロゴ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="276" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="277" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="278" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="279" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="280" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="281" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="282" />
            <source>Messaging</source>
            <translation>メッセージング</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="283" />
            <source>Dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="284" />
            <source>Custom fields</source>
            <translation>カスタム項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="286" />
            <source>Private</source>
            <translation>非公開</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>Trash</source>
            <translation>ゴミ箱</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="289" />
            <source>Other vCard properties</source>
            <translation>その他の vCard プロパティ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="291" />
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="292" />
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="293" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="294" />
            <source>Starts</source>
            <translation>開始</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="295" />
            <source>Ends</source>
            <translation>終了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="296" />
            <source>Any time that day</source>
            <translation>その日のいつでも</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="297" />
            <source>All day</source>
            <translation>終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="298" />
            <source>Time zone</source>
            <translation>タイムゾーン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="299" />
            <source>Priority</source>
            <translation>優先度</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="300" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="301" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="302" />
            <source>Outcome</source>
            <translation>成果</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="303" />
            <source>Happened</source>
            <translation>実施日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="304" />
            <source>Cleared</source>
            <translation>完了日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="305" />
            <source>Alarm</source>
            <translation>アラーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="306" />
            <source>Alarm snoozed until</source>
            <translation>アラームのスヌーズ期限</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="307" />
            <source>Alarm dismissed</source>
            <translation>アラーム解除済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="308" />
            <source>Repeats</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="309" />
            <source>Deal</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="310" />
            <source>Series</source>
            <translation>シリーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="311" />
            <source>Occurrence</source>
            <translation>回</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="312" />
            <source>iCalendar UID</source>
            <translation>iCalendar UID</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>Rename Field</source>
            <translation>項目名の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>New Field</source>
            <translation>新規項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="147" />
            <source>One choice per line</source>
            <translation>1行に1つの選択肢</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="150" />
            <source>&amp;Choices:</source>
            <translation>選択肢(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="163" />
            <source>&amp;Name:</source>
            <translation>名前(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="164" />
            <source>&amp;Type:</source>
            <translation>種類(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="165" />
            <source>&amp;Used for:</source>
            <translation>使用対象(&amp;U)：</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="231" />
            <source>Any tag</source>
            <translation>すべてのタグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="232" />
            <source>Any group</source>
            <translation>すべてのグループ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="233" />
            <source>No lookup</source>
            <translation>検索条件なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="244" />
            <source>&amp;Tag:</source>
            <translation>タグ(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="245" />
            <source>&amp;Group:</source>
            <translation>グループ(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="246" />
            <source>&amp;Lookup:</source>
            <translation>検索条件(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>Forecast</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="113" />
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="114" />
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="115" />
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="116" />
            <source>Open deals</source>
            <translation>進行中の商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="117" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="490" />
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="118" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="485" />
            <source>Weighted</source>
            <translation>加重</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="119" />
            <source>Won deals</source>
            <translation>成立した商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="120" />
            <source>Won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="166" />
            <source>Everyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="168" />
            <source>{currency} (converted)</source>
            <translation>{currency} (換算)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="205" />
            <source>Exchange Rates</source>
            <translation>為替レート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="210" />
            <source>Totals in {target} are worked out at these rates. Enter the rates you use; they are kept with this database.</source>
            <translation>{target} での合計は、これらのレートで計算されます。使用するレートを入力してください。レートはこのデータベースに保存されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="224" />
            <source>rate</source>
            <translation>レート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="229" />
            <source>1 {currency} =</source>
            <translation>1 {currency} =</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="249" />
            <source>1 {currency} = {typed} {target}: a rate is a positive number, such as {example}.</source>
            <translation>1 {currency} = {typed} {target}: レートは {example} のような正の数値です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="280" />
            <source>By month</source>
            <translation>月別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="281" />
            <source>By quarter</source>
            <translation>四半期別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="284" />
            <source>Everyone together</source>
            <translation>全員の合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="285" />
            <source>Per owner</source>
            <translation>所有者別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="288" />
            <source>Add every currency up in one, at exchange rates you enter</source>
            <translation>入力した為替レートで、すべての通貨を1つに合算します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="289" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="416" />
            <source>Each currency apart</source>
            <translation>通貨別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="290" />
            <source>Exchange &amp;Rates…</source>
            <translation>為替レート(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="305" />
            <source>The currency the chart shows</source>
            <translation>グラフに表示する通貨</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="402" />
            <source>(Exchange Rates…)</source>
            <translation>(為替レート…)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="418" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="425" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="538" />
            <source>All in {currency}</source>
            <translation>すべて {currency} で</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="437" />
            <source>Lines marked “converted” add every currency up in {target} at the exchange rates you entered: {rates}.</source>
            <translation>「換算」と記された行は、入力した為替レートですべての通貨を {target} に合算しています: {rates}。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="440" />
            <source>none needed</source>
            <translation>不要</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="444" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won. Each currency has its own lines: nothing is added across currencies.</source>
            <translation>進行中の商談は完了予定日の期間に確度で加重して、成立した商談は成立した期間に計上されます。通貨ごとに別の行になり、通貨をまたいだ合算は行われません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 12 months, in</source>
            <translation>今後12か月、通貨:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 8 quarters, in</source>
            <translation>今後8四半期、通貨:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="487" />
            <source>weighted</source>
            <translation>加重</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="492" />
            <source>total</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="515" />
            <source>{period}, {owner}</source>
            <translation>{period}、{owner}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="555" />
            <source>{period}: {amount} {what}, %Ln open deal(s)</source>
            <translation>
                <numerusform>{period}: {what} {amount}、進行中の商談 %Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="107" />
            <source>Add to Group</source>
            <translation>グループに追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="109" />
            <source>Group, or the name of a new one</source>
            <translation>グループ、または新しいグループの名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="118" />
            <source>A new group “{name}” will be made.</source>
            <translation>新しいグループ「{name}」が作成されます。</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="102" />
            <source>Window</source>
            <translation>ウィンドウ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="126" />
            <source>Keyboard Shortcuts</source>
            <translation>キーボード ショートカット</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Where</source>
            <translation>場所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>What it does</source>
            <translation>機能</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Keys</source>
            <translation>キー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="144" />
            <source>In a text field, the usual editing keys (Ctrl+C, Ctrl+Z …) work on the text.</source>
            <translation>テキスト フィールドでは、通常の編集キー (Ctrl+C、Ctrl+Z など) がテキストに対して機能します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="185" />
            <source>Cardfile User Guide</source>
            <translation>Cardfile ユーザーガイド</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="195" />
            <source>The user guide is missing from this installation of Cardfile.</source>
            <translation>この Cardfile のインストールにはユーザーガイドが含まれていません。</translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="46" />
            <source>the email address is not valid</source>
            <translation>メールアドレスが正しくありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="47" />
            <source>the phone number holds no digit</source>
            <translation>電話番号に数字が含まれていません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="48" />
            <source>the web address is not valid</source>
            <translation>Web アドレスが正しくありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="49" />
            <source>the handle is not valid</source>
            <translation>ハンドルが正しくありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="50" />
            <source>the date is not a real date</source>
            <translation>存在しない日付です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="51" />
            <source>the address is not valid</source>
            <translation>住所が正しくありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="52" />
            <source>the value is not valid</source>
            <translation>値が正しくありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="57" />
            <source>the same vCard UID</source>
            <translation>同じ vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="58" />
            <source>the same email address</source>
            <translation>同じメールアドレス</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="59" />
            <source>the same phone number</source>
            <translation>同じ電話番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="60" />
            <source>the same name and company</source>
            <translation>同じ氏名と会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="70" />
            <source>the card has no BEGIN:VCARD line</source>
            <translation>カードに BEGIN:VCARD の行がありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="71" />
            <source>the card is not closed: the file ends before END:VCARD</source>
            <translation>カードが閉じていません: END:VCARD の前にファイルが終わっています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="72" />
            <source>the card is not closed: END:VCARD is missing before line {line}</source>
            <translation>カードが閉じていません: {line} 行目の前に END:VCARD がありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="75" />
            <source>the card is larger than {mb} MB</source>
            <translation>カードが {mb} MB を超えています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="76" />
            <source>the lines after the last card are not a card</source>
            <translation>最後のカードの後の行はカードではありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="78" />
            <source>the card is empty: it holds no name, address, date, note, photo or any other value</source>
            <translation>カードが空です: 氏名、住所、日付、メモ、写真などの値が一つもありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="79" />
            <source>the card is a vCard of kind “{kind}”, not a person or an organization</source>
            <translation>このカードは種類「{kind}」の vCard で、個人でも組織でもありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="82" />
            <source>the card could not be read: its text is damaged or in an unknown encoding</source>
            <translation>カードを読み取れませんでした: テキストが壊れているか、不明な文字コードです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="84" />
            <source>the line is not a vCard property and was skipped</source>
            <translation>この行は vCard のプロパティではないため、読み飛ばしました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="85" />
            <source>the name (N) has more than five parts; the rest were ignored</source>
            <translation>氏名 (N) の部分が五つを超えています。残りは無視しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="86" />
            <source>{property} “{value}” is not a date; it was kept as an extra vCard property</source>
            <translation>{property}「{value}」は日付ではありません。vCard の追加プロパティとして保持しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="89" />
            <source>the picture ({property}) could not be read; it was kept as an extra vCard property</source>
            <translation>画像 ({property}) を読み取れませんでした。vCard の追加プロパティとして保持しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="92" />
            <source>{problem}; it was kept as an extra vCard property</source>
            <translation>{problem}。vCard の追加プロパティとして保持しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="96" />
            <source>{header}: {problem}; it was kept in the note</source>
            <translation>{header}: {problem}。メモに残しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="99" />
            <source>the row is empty: every value it holds is left out</source>
            <translation>行が空です: 取り込む値が一つもありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="101" />
            <source>the {block} is incomplete (no END:{block})</source>
            <translation>{block} が不完全です (END:{block} がありません)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="102" />
            <source>the event has no start (DTSTART)</source>
            <translation>予定に開始 (DTSTART) がありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="103" />
            <source>line {line}: the end is a date and the start a time, or the other way round</source>
            <translation>{line} 行目: 終了が日付で開始が日時、またはその逆です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="106" />
            <source>line {line}: it ends before it starts</source>
            <translation>{line} 行目: 開始より前に終了しています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="107" />
            <source>line {line}: a repeating item needs a start</source>
            <translation>{line} 行目: 繰り返しの項目には開始が必要です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="108" />
            <source>line {line}: Cardfile cannot use this repeat rule (RRULE)</source>
            <translation>{line} 行目: この繰り返しルール (RRULE) は Cardfile で使えません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="109" />
            <source>line {line}: {property} “{value}” is not a date or time</source>
            <translation>{line} 行目: {property}「{value}」は日付でも日時でもありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="112" />
            <source>line {line}: unknown time zone “{zone}”</source>
            <translation>{line} 行目: 不明なタイムゾーン「{zone}」</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="113" />
            <source>line {line}: {property} “{value}” is not a duration</source>
            <translation>{line} 行目: {property}「{value}」は期間ではありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="116" />
            <source>it has no UID: importing it again will make a second copy</source>
            <translation>UID がありません: もう一度取り込むと二つ目のコピーができます</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/problems.py" line="117" />
            <source>line {line}: an alarm %Ln minute(s) ahead is kept as 30 days ahead</source>
            <translation>
                <numerusform>{line} 行目: %Ln 分前の通知は 30 日前として保持しました</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="121" />
            <source>skipped as chosen</source>
            <translation>選択どおりスキップしました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="122" />
            <source>the same person as a contact already there ({matched})</source>
            <translation>既存の連絡先と同じ人物です ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="125" />
            <source>the same company as one already there ({matched})</source>
            <translation>既存の会社と同じです ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="128" />
            <source>line {line}: {problem}</source>
            <translation>{line} 行目: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="43" />
            <source>Check the events and to-dos</source>
            <translation>予定と ToDo の確認</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Repeats</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Already imported</source>
            <translation>インポート済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="56" />
            <source>Update them from the file</source>
            <translation>ファイルの内容で更新する</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="57" />
            <source>Leave them as they are</source>
            <translation>そのままにする</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="59" />
            <source>Items imported before:</source>
            <translation>以前にインポートした項目：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="75" />
            <source>(line {line})</source>
            <translation>({line} 行目)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="78" />
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>repeats</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>one occurrence</source>
            <translation>1回のみ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>(no subject)</source>
            <translation>(件名なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="89" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="174" />
            <source>Line {line} of {file}: {reason}</source>
            <translation>{file} の {line} 行目: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="100" />
            <source>{files}: the first %Ln item(s), {known} imported before, {rejected} not importable.</source>
            <translation>
                <numerusform>{files}の最初の %Ln 項目: インポート済み {known} 件、インポート不可 {rejected} 件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="103" />
            <source>Items after these are imported too.</source>
            <translation>これ以降の項目もインポートされます。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="104" />
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln 個のファイル</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Import as new</source>
            <translation>新規としてインポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Update existing</source>
            <translation>既存を更新</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Skip</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="81" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="185" />
            <source>(no name)</source>
            <translation>(名前なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="86" />
            <source>(no title)</source>
            <translation>(タイトルなし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="91" />
            <source>same vCard UID</source>
            <translation>同じ vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="92" />
            <source>same email</source>
            <translation>同じメール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="93" />
            <source>same phone</source>
            <translation>同じ電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="94" />
            <source>same name and company</source>
            <translation>同じ名前と会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Duplicate of</source>
            <translation>重複先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Decision</source>
            <translation>処理</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="188" />
            <source>Line {line}: {reason}</source>
            <translation>{line} 行目: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="195" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="198" />
            <source>Cannot import</source>
            <translation>インポートできません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="285" />
            <source>Add the files to import with Add Files… or Add Folder…, or drop them here.</source>
            <translation>[ファイルの追加…] または [フォルダーの追加…] でインポートするファイルを追加するか、ここにドロップしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="296" />
            <source>Choose files to import</source>
            <translation>インポートするファイルの選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="298" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, CSV files, or calendar files (.ics) from Outlook, Google Calendar, Apple Calendar or Thunderbird.</source>
            <translation>携帯電話、Outlook、Gmail、Apple の連絡先からの vCard ファイル (.vcf、.vcard)、CSV ファイル、または Outlook、Google カレンダー、Apple カレンダー、Thunderbird からのカレンダー ファイル (.ics)。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="307" />
            <source>Add Files…</source>
            <translation>ファイルの追加…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="309" />
            <source>Add Folder…</source>
            <translation>フォルダーの追加…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="311" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="333" />
            <source>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what each column holds next.</source>
            <translation>Outlook: [ファイル] ▸ [開く/エクスポート] ▸ [インポート/エクスポート] ▸ [ファイルにエクスポート] ▸ [テキスト ファイル (カンマ区切り)]。Google コンタクト: [エクスポート] ▸ [Google CSV]。その他のプログラムの CSV ファイルも使用できます。各列の内容は次の手順で選択します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="352" />
            <source>Contact files ({patterns})</source>
            <translation>連絡先ファイル ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="353" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="354" />
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="358" />
            <source>Import Files</source>
            <translation>ファイルのインポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="363" />
            <source>Import a Folder</source>
            <translation>フォルダーのインポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="392" />
            <source>Check the cards</source>
            <translation>カードの確認</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="394" />
            <source>Choose what happens to each card that duplicates a contact already here.</source>
            <translation>既存の連絡先と重複する各カードの処理を選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="422" />
            <source>Other duplicates:</source>
            <translation>その他の重複：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="446" />
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln 枚のカード</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="447" />
            <source>from %Ln file(s)</source>
            <translation>
                <numerusform>%Ln 個のファイル</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="449" />
            <source>{cards} {files}</source>
            <translation>{files}の{cards}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="451" />
            <source>The first {cards} {files}</source>
            <translation>{files}の最初の {cards}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="452" />
            <source>%Ln duplicate(s)</source>
            <translation>
                <numerusform>重複 %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="453" />
            <source>%Ln not importable</source>
            <translation>
                <numerusform>インポート不可 %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="454" />
            <source>{what}: {found}.</source>
            <translation>{what}: {found}。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="456" />
            <source>Cards after these are imported too; their duplicates follow the choice below.</source>
            <translation>これ以降のカードもインポートされます。その重複は下の選択に従って処理されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="485" />
            <source>Importing</source>
            <translation>インポート中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="486" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation>キャンセルすると、このインポートで書き込んだ内容はすべて取り消されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="487" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="500" />
            <source>Starting…</source>
            <translation>開始しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="521" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="553" />
            <source>Import finished</source>
            <translation>インポート完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="522" />
            <source>What was imported, and each card that was not, with why.</source>
            <translation>インポートされた内容と、インポートされなかった各カードとその理由です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="526" />
            <source>Cards that were not imported or were skipped, and why:</source>
            <translation>インポートされなかったカードまたはスキップされたカードとその理由：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Card</source>
            <translation>カード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>What happened</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="550" />
            <source>Import cancelled</source>
            <translation>インポートのキャンセル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="551" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation>インポートはキャンセルされました。何もインポートされず、何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="554" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation>新規インポート {imported} 件、更新 {updated} 件、スキップ {skipped} 件、インポート不可 {rejected} 件。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="563" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation>[編集] ▸ [元に戻す] でインポート全体を取り消せます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="565" />
            <source>Not imported</source>
            <translation>インポート不可</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="566" />
            <source>Skipped</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="609" />
            <source>Import Contacts</source>
            <translation>連絡先のインポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="633" />
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="660" />
            <source>Import calendar files (.ics) apart from vCard and CSV files.</source>
            <translation>カレンダー ファイル (.ics) は vCard や CSV ファイルとは別にインポートしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="721" />
            <source>Importing calendar files</source>
            <translation>カレンダー ファイルをインポートしています</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="741" />
            <source>%Ln card(s) read: {imported} new, {updated} updated</source>
            <translation>
                <numerusform>%Ln 枚のカードを読み込みました: 新規 {imported} 件、更新 {updated} 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="757" />
            <source>Importing contacts</source>
            <translation>連絡先をインポートしています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="767" />
            <source>Cancelling: taking back what was imported…</source>
            <translation>キャンセル中: インポートした内容を取り消しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="784" />
            <source>Import failed</source>
            <translation>インポートに失敗しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="786" />
            <source>Nothing was imported.</source>
            <translation>何もインポートされませんでした。</translation>
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="156" />
            <source>Label: choose one or type your own</source>
            <translation>ラベル: 選択するか、独自に入力します</translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="117" />
            <source>%Ln week(s)</source>
            <translation>
                <numerusform>%Ln 週間</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="119" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln 日</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="123" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} 時間 {minutes} 分</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="125" />
            <source>{hours} h</source>
            <translation>{hours} 時間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="126" />
            <source>{minutes} min</source>
            <translation>{minutes} 分</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="132" />
            <source>No alarm</source>
            <translation>アラームなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="134" />
            <source>At the start</source>
            <translation>開始時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="135" />
            <source>{length} before</source>
            <translation>{length} 前</translation>
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="524" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="525" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="526" />
            <source>Title</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="527" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="528" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="529" />
            <source>City</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="530" />
            <source>Industry</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="531" />
            <source>Website</source>
            <translation>Webサイト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="532" />
            <source>People</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="533" />
            <source>File as</source>
            <translation>並べ替え用の名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="534" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="535" />
            <source>Updated</source>
            <translation>更新日時</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="71" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="72" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="73" />
            <source>Prefix</source>
            <translation>敬称</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="74" />
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="75" />
            <source>Middle name</source>
            <translation>ミドルネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="76" />
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="77" />
            <source>Suffix</source>
            <translation>接尾辞</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="78" />
            <source>Nickname</source>
            <translation>ニックネーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="79" />
            <source>Title</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="80" />
            <source>Department</source>
            <translation>部署</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="81" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="82" />
            <source>Industry</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="83" />
            <source>Website</source>
            <translation>Webサイト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="84" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="85" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="86" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="87" />
            <source>Email or phone</source>
            <translation>メールまたは電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="88" />
            <source>Street</source>
            <translation>番地</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="89" />
            <source>City</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="90" />
            <source>Region</source>
            <translation>都道府県・州</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="91" />
            <source>Postal code</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="92" />
            <source>Country</source>
            <translation>国</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="93" />
            <source>Web address</source>
            <translation>Webアドレス</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="94" />
            <source>Tag</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="95" />
            <source>Birthday</source>
            <translation>誕生日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="96" />
            <source>Created</source>
            <translation>作成日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="97" />
            <source>Last edited</source>
            <translation>最終編集日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="98" />
            <source>Last activity</source>
            <translation>最終活動日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="107" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="127" />
            <source>is before</source>
            <translation>より前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="108" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="128" />
            <source>is after</source>
            <translation>より後</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="109" />
            <source>is on</source>
            <translation>と同じ日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="110" />
            <source>is not set</source>
            <translation>未設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="111" />
            <source>is set</source>
            <translation>設定済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has no tags</source>
            <translation>— タグなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has any tag</source>
            <translation>— いずれかのタグあり</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="120" />
            <source>contains</source>
            <translation>を含む</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="121" />
            <source>starts with</source>
            <translation>で始まる</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="122" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="123" />
            <source>is</source>
            <translation>と等しい</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="124" />
            <source>is not</source>
            <translation>と等しくない</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="125" />
            <source>is empty</source>
            <translation>が空</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="126" />
            <source>is not empty</source>
            <translation>が空でない</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="129" />
            <source>is before, or none</source>
            <translation>より前、またはなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="130" />
            <source>none for months:</source>
            <translation>活動なしの月数：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has neither</source>
            <translation>— どちらもなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has one or both</source>
            <translation>— いずれかまたは両方あり</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="548" />
            <source>%Ln company(ies) match.</source>
            <translation>
                <numerusform>%Ln 社が一致します。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="549" />
            <source>%Ln contact(s) match.</source>
            <translation>
                <numerusform>%Ln 件の連絡先が一致します。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> and </source>
            <translation> かつ </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> or </source>
            <translation> または </translation>
        </message>
    </context>
    <context>
        <name>LookupBanner</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="744" />
            <source>Edit Lookup…</source>
            <translation>検索条件の編集…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="746" />
            <source>Show All</source>
            <translation>すべて表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="759" />
            <source>Lookup “{title}”: {what}</source>
            <translation>検索条件「{title}」: {what}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="766" />
            <source>{title}: {records}</source>
            <translation>{title}: {records}</translation>
        </message>
    </context>
    <context>
        <name>LookupBuilder</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="569" />
            <source>Edit Lookup</source>
            <translation>検索条件の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <source>New Lookup</source>
            <translation>新規検索条件</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="367" />
            <source>Give it a name to save it as a group</source>
            <translation>名前を付けるとグループとして保存できます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="370" />
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="371" />
            <source>Companies</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="374" />
            <source>all of these conditions</source>
            <translation>すべての条件に一致</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="375" />
            <source>any of these conditions</source>
            <translation>いずれかの条件に一致</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="377" />
            <source>Find</source>
            <translation>検索対象：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="379" />
            <source>that match</source>
            <translation>条件：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="383" />
            <source>&amp;Name:</source>
            <translation>名前(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="396" />
            <source>&amp;Add Condition</source>
            <translation>条件を追加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="408" />
            <source>&amp;Run</source>
            <translation>実行(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="570" />
            <source>&amp;Save Changes</source>
            <translation>変更を保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <source>&amp;Save as Group</source>
            <translation>グループとして保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="521" />
            <source>Looking up…</source>
            <translation>検索しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="528" />
            <source>Looking up</source>
            <translation>検索中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="539" />
            <source>Lookup</source>
            <translation>検索条件</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="558" />
            <source>Give the lookup a name to save it.</source>
            <translation>保存するには検索条件に名前を付けてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="571" />
            <source>Saved as “{name}”.</source>
            <translation>「{name}」として保存しました。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="158" />
            <source>{database} — Cardfile</source>
            <translation>{database} — Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="219" />
            <source>Calendar</source>
            <translation>カレンダー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="261" />
            <source>&amp;New Database…</source>
            <translation>新規データベース(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="264" />
            <source>&amp;Open Database…</source>
            <translation>データベースを開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="266" />
            <source>&amp;Back Up…</source>
            <translation>バックアップ(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="267" />
            <source>&amp;Import…</source>
            <translation>インポート(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="268" />
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="269" />
            <source>Repor&amp;ts…</source>
            <translation>レポート(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="270" />
            <source>Contact list, pipeline, forecast and activities: print, PDF, CSV</source>
            <translation>連絡先一覧、パイプライン、売上予測、活動: 印刷、PDF、CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="271" />
            <source>Import a vCard File…</source>
            <translation>vCard ファイルのインポート…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="273" />
            <source>Import from Outlook, Google or a CSV File…</source>
            <translation>Outlook、Google、または CSV ファイルからインポート…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="278" />
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="281" />
            <source>Cust&amp;om Fields…</source>
            <translation>カスタム項目(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="282" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="284" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="285" />
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="286" />
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="287" />
            <source>R&amp;estore from Trash…</source>
            <translation>ゴミ箱から復元(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="289" />
            <source>&amp;New Lookup…</source>
            <translation>新規検索条件(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="291" />
            <source>&amp;Edit This Lookup…</source>
            <translation>この検索条件を編集(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="292" />
            <source>Show &amp;All Records</source>
            <translation>すべてのレコードを表示(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="293" />
            <source>&amp;Saved Lookups…</source>
            <translation>保存した検索条件(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>Find &amp;Duplicates…</source>
            <translation>重複の検索(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="297" />
            <source>&amp;Merge History…</source>
            <translation>統合履歴(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>&amp;Merge Selected Cards…</source>
            <translation>選択したカードを統合(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="302" />
            <source>Show the selected cards side by side and merge them (Ctrl+Shift+M)</source>
            <translation>選択したカードを並べて表示し、統合します (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="308" />
            <source>Without &amp;Email or Phone</source>
            <translation>メールも電話もなし(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="309" />
            <source>Without a &amp;Company</source>
            <translation>会社なし(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="310" />
            <source>No &amp;Activity for a Year</source>
            <translation>1年間活動なし(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="312" />
            <source>Sync &amp;Now</source>
            <translation>今すぐ同期(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="314" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation>変更内容を同期サーバーに送信し、他のユーザーの変更を取り込みます (F9)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="317" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1362" />
            <source>&amp;Conflicts…</source>
            <translation>競合(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="318" />
            <source>Sync &amp;Settings…</source>
            <translation>同期の設定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="319" />
            <source>Show &amp;Navigation</source>
            <translation>ナビゲーションを表示(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="322" />
            <source>&amp;Print List…</source>
            <translation>一覧を印刷(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="325" />
            <source>Print &amp;Card…</source>
            <translation>カードを印刷(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="326" />
            <source>Cu&amp;t</source>
            <translation>切り取り(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="327" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="328" />
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="332" />
            <source>&amp;Schedule…</source>
            <translation>予定を入れる(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="336" />
            <source>Schedule a call, meeting or to-do, with the people selected in the list (Ctrl+Shift+A)</source>
            <translation>一覧で選択した相手との電話、会議、ToDo の予定を入れます (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="338" />
            <source>&amp;Reminders…</source>
            <translation>リマインダー(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="340" />
            <source>Cardfile &amp;User Guide</source>
            <translation>Cardfile ユーザーガイド(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="342" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>キーボード ショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="344" />
            <source>&amp;About Cardfile</source>
            <translation>Cardfile について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="346" />
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="362" />
            <source>&amp;Schedule Activity…</source>
            <translation>活動の予定を入れる(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="369" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="374" />
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="387" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="399" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="403" />
            <source>&amp;Contact</source>
            <translation>連絡先(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="406" />
            <source>&amp;Lookup</source>
            <translation>検索(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="410" />
            <source>&amp;Incomplete Records</source>
            <translation>不完全なレコード(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="413" />
            <source>&amp;Activities</source>
            <translation>予定(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="418" />
            <source>&amp;Sync</source>
            <translation>同期(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="424" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="430" />
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="506" />
            <source>{path} (read-only)</source>
            <translation>{path} (読み取り専用)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="558" />
            <source>{title}  {badge}</source>
            <translation>{title}  {badge}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="624" />
            <source>That record is no longer in the list.</source>
            <translation>そのレコードはもう一覧にありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="683" />
            <source>Nothing to undo.</source>
            <translation>元に戻す操作はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="686" />
            <source>Nothing to redo.</source>
            <translation>やり直す操作はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="695" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="772" />
            <source>This page has no list to print.</source>
            <translation>このページには印刷できる一覧がありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="791" />
            <source>Select a record to print its card.</source>
            <translation>カードを印刷するレコードを選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="832" />
            <location filename="../../src/cardfile/ui/main_window.py" line="842" />
            <source>New Database</source>
            <translation>新規データベース</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="834" />
            <source>Cardfile databases ({patterns})</source>
            <translation>Cardfile データベース ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="843" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation>{path} は既に存在します。[ファイル] ▸ [データベースを開く] で開いてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="852" />
            <source>Open Database</source>
            <translation>データベースを開く</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="854" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation>Cardfile データベース ({patterns});;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="864" />
            <location filename="../../src/cardfile/ui/main_window.py" line="882" />
            <source>Back Up Database</source>
            <translation>データベースのバックアップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="866" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation>Cardfile バックアップ (*.cardfile-backup);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="877" />
            <source>Backing up</source>
            <translation>バックアップ中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="880" />
            <source>Backed up to {path}</source>
            <translation>{path} にバックアップしました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="892" />
            <source>Making the daily backup</source>
            <translation>日次バックアップを作成しています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="895" />
            <source>Daily Backup</source>
            <translation>日次バックアップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="901" />
            <source>Daily backup made ({name}).</source>
            <translation>日次バックアップを作成しました ({name})。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="931" />
            <source>Imported %Ln new record(s) and updated {updated}.</source>
            <translation>
                <numerusform>新規 %Ln 件をインポートし、{updated} 件のレコードを更新しました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="952" />
            <source>Imported just now</source>
            <translation>インポート完了</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="971" />
            <source>Exported %Ln record(s) to {target}</source>
            <translation>
                <numerusform>%Ln 件のレコードを {target} にエクスポートしました</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="985" />
            <source>Saved {path}</source>
            <translation>{path} を保存しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1006" />
            <source>No other databases opened lately</source>
            <translation>最近開いた他のデータベースはありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1075" />
            <source>That lookup was deleted.</source>
            <translation>その検索条件は削除されました。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1117" />
            <source>Without email or phone</source>
            <translation>メールも電話もなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1120" />
            <source>Without a company</source>
            <translation>会社なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1123" />
            <source>No activity for a year</source>
            <translation>1年間活動なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1143" />
            <source>Select two or more people (or companies) in the list to merge them.</source>
            <translation>統合するには、一覧で2人以上の個人 (または2社以上の会社) を選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1168" />
            <source>Merged into “{name}”. Edit ▸ Undo or Lookup ▸ Merge History takes it back.</source>
            <translation>「{name}」に統合しました。[編集] ▸ [元に戻す] または [検索] ▸ [統合履歴] で取り消せます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1182" />
            <source>Search “{query}”</source>
            <translation>「{query}」を検索</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1235" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation>検索条件「{name}」を保存しました。[検索] メニューから利用できます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1338" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1340" />
            <source>Preparing search</source>
            <translation>検索を準備しています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1360" />
            <source>&amp;Conflicts ({count})…</source>
            <translation>競合 ({count})(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1402" />
            <source>About Cardfile</source>
            <translation>Cardfile について</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1403" />
            <source>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;A local-first contact manager: your contacts, companies, activities and deals in one file on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;ローカルファーストの連絡先管理ソフト: 連絡先、会社、活動、商談を、お使いのコンピューター上の1つのファイルで管理します。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン3以降のもとでライセンスされています。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageLookupsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="649" />
            <source>Saved Lookups</source>
            <translation>保存した検索条件</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="656" />
            <source>No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L).</source>
            <translation>保存した検索条件はまだありません。[検索] ▸ [新規検索条件] (Ctrl+L) で作成してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="658" />
            <source>&amp;Run</source>
            <translation>実行(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="659" />
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="660" />
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="716" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="724" />
            <source>Delete Lookup</source>
            <translation>検索条件の削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="717" />
            <source>Delete the saved lookup “{name}”? The records it finds are not touched.</source>
            <translation>保存した検索条件「{name}」を削除しますか？検索されるレコードには影響しません。</translation>
        </message>
    </context>
    <context>
        <name>MarkedPairsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="337" />
            <source>&amp;Take Back</source>
            <translation>マークを解除(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="340" />
            <source>These may be duplicates after all: propose them again</source>
            <translation>やはり重複の可能性があります。再び候補に表示します</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="359" />
            <source>%Ln pair(s) marked as not duplicates</source>
            <translation>
                <numerusform>重複ではないとマークしたペア: %Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <source>(a picture)</source>
            <translation>(画像)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="51" />
            <source>(empty)</source>
            <translation>(空)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="55" />
            <source>{shown} ({parts})</source>
            <translation>{shown} ({parts})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="57" />
            <source>(a company that is gone)</source>
            <translation>(削除された会社)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="104" />
            <source>activities: %Ln</source>
            <translation>
                <numerusform>活動: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="105" />
            <source>notes: %Ln</source>
            <translation>
                <numerusform>メモ: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="106" />
            <source>deals: %Ln</source>
            <translation>
                <numerusform>商談: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="107" />
            <source>groups: %Ln</source>
            <translation>
                <numerusform>グループ: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="108" />
            <source>people: %Ln</source>
            <translation>
                <numerusform>担当者: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="109" />
            <source>conflicts: %Ln</source>
            <translation>
                <numerusform>競合: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="112" />
            <source>nothing attached</source>
            <translation>関連データなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="123" />
            <source>Merge Duplicates</source>
            <translation>重複の統合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="134" />
            <source>Choose the card that stays and, where the cards differ, the value it keeps. Emails, phones, addresses and tags of every card are kept, and activities, notes, deals and groups move to the card that stays. Undo, or Unmerge in the merge history, takes the merge back.</source>
            <translation>残すカードと、カード間で値が異なる場合に残す値を選択してください。すべてのカードのメール、電話、住所、タグは保持され、活動、メモ、商談、グループは残すカードに移動します。「元に戻す」、または統合履歴の「統合解除」で統合を取り消せます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="158" />
            <source>&amp;Merge</source>
            <translation>統合(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="204" />
            <source>Keep this card</source>
            <translation>このカードを残す</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="215" />
            <source>After the merge</source>
            <translation>統合後</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="234" />
            <source>Fields the same on every card: %Ln</source>
            <translation>
                <numerusform>すべてのカードで同じ項目: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="276" />
            <source>Every card's entries are kept, each once</source>
            <translation>各カードのエントリはすべて、重複なく保持されます</translation>
        </message>
    </context>
    <context>
        <name>MergesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="28" />
            <source>undone</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="30" />
            <source>unmerged {when}</source>
            <translation>{when} に統合解除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="31" />
            <source>merged</source>
            <translation>統合済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="38" />
            <source>Merged</source>
            <translation>統合日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="39" />
            <source>Card merged away</source>
            <translation>統合されたカード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="40" />
            <source>Into the card</source>
            <translation>統合先のカード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="41" />
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="56" />
            <source>Merge History</source>
            <translation>統合履歴</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="57" />
            <source>No merges yet</source>
            <translation>統合はまだありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="58" />
            <source>Cards you merge with Lookup ▸ Find Duplicates are listed here; Unmerge gives both cards back.</source>
            <translation>[検索] ▸ [重複の検索] で統合したカードがここに一覧表示されます。「統合解除」で両方のカードが元に戻ります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="66" />
            <source>&amp;Unmerge</source>
            <translation>統合解除(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="69" />
            <source>Give both cards back as they were before the merge, with everything attached</source>
            <translation>関連データも含め、両方のカードを統合前の状態に戻します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>Show the card that stayed</source>
            <translation>残ったカードを表示します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="95" />
            <source>Unmerge</source>
            <translation>統合解除</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="113" />
            <source>%Ln merge(s)</source>
            <translation>
                <numerusform>統合: %Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MiniMonth</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="217" />
            <source>Previous month</source>
            <translation>前の月</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="222" />
            <source>Next month</source>
            <translation>次の月</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="128" />
            <source>{currency} has no decimals: write a whole amount, such as {example}.</source>
            <translation>{currency} には小数点以下がありません。{example} のように整数で入力してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="129" />
            <source>{currency} has %Ln decimal(s) at most, such as {example}.</source>
            <translation>
                <numerusform>{currency} の小数点以下は最大 %Ln 桁です ({example} など)。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="132" />
            <source>This is not an amount; write it as {example}.</source>
            <translation>金額ではありません。{example} のように入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="160" />
            <source>Currency: an ISO 4217 code such as USD, EUR or JPY</source>
            <translation>通貨: USD、EUR、JPY などの ISO 4217 コード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="228" />
            <source>Choose a currency: a three-letter code such as USD or EUR.</source>
            <translation>通貨を選択してください: USD や EUR などの3文字のコード。</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="187" />
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="192" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="197" />
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="200" />
            <source>Leave the year empty if you do not know it</source>
            <translation>年がわからない場合は空欄にしてください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="233" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation>日と月を選択してください (年は空欄でもかまいません)。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="235" />
            <source>The year must be a number such as 1980.</source>
            <translation>年は 1980 のような数値で入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="239" />
            <source>There is no such date.</source>
            <translation>そのような日付はありません。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="446" />
            <source>Sign In to Sync</source>
            <translation>同期へのサインイン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="448" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation>{server} の {user} のパスワードを入力してください。Cardfile はこれを、このコンピューター用のサインイン情報に交換します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="464" />
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="467" />
            <source>&amp;Sign In</source>
            <translation>サインイン(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="935" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation>画像: 画像ファイルを選択するか、画像を削除します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="936" />
            <source>Picture</source>
            <translation>画像</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="939" />
            <source>&amp;Choose Picture…</source>
            <translation>画像を選択(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="941" />
            <source>&amp;Remove Picture</source>
            <translation>画像を削除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Choose a Picture</source>
            <translation>画像の選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Images ({patterns})</source>
            <translation>画像 ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="963" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation>{file} は Cardfile で読み込める画像ではありません。</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="236" />
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="287" />
            <source>Per currency: the total of the deals here, and (dim) their weighted total, each amount counted at its probability</source>
            <translation>通貨別: ここにある商談の合計と (薄い表示で) 加重合計 (各金額に確度を掛けたもの)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="326" />
            <source>{stage} · {percent} %</source>
            <translation>{stage} · {percent} %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="332" />
            <source>{stage}: deals here count {percent} % of their amount unless they say otherwise</source>
            <translation>{stage}: ここにある商談は、個別の指定がない限り金額の {percent} % で計上されます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="336" />
            <source>No deals</source>
            <translation>商談なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="488" />
            <source>Total and (dim) weighted total per currency:</source>
            <translation>通貨別の合計と (薄い表示で) 加重合計：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="492" />
            <source>Pipeline: {pipeline}</source>
            <translation>パイプライン：{pipeline}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="494" />
            <source>no deals</source>
            <translation>商談なし</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/board.py" line="496" />
            <source>{totals}; %Ln more currency(ies)</source>
            <translation>
                <numerusform>{totals}、ほか %Ln 通貨</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>lost</source>
            <translation>不成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="499" />
            <source>{count} {status} · {totals}</source>
            <translation>{status} {count} 件 · {totals}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="536" />
            <source>Move Deal</source>
            <translation>商談の移動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="599" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="600" />
            <source>Move to</source>
            <translation>移動先</translation>
        </message>
    </context>
    <context>
        <name>PipelinesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="66" />
            <source>&amp;Name:</source>
            <translation>名前(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="67" />
            <source>Default &amp;probability:</source>
            <translation>既定の確度(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="84" />
            <source>Move the Deals</source>
            <translation>商談の移動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="92" />
            <source>Each deal's history records the move, and Edit ▸ Undo puts everything back.</source>
            <translation>各商談の履歴に移動が記録され、[編集] ▸ [元に戻す] ですべて元に戻せます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="97" />
            <source>Move and Remove</source>
            <translation>移動して削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="125" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="139" />
            <source>Pipelines</source>
            <translation>パイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="135" />
            <source>&amp;Add Pipeline…</source>
            <translation>パイプラインを追加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="136" />
            <source>Re&amp;name…</source>
            <translation>名前の変更(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="137" />
            <source>Remo&amp;ve…</source>
            <translation>削除(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Stage</source>
            <translation>フェーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Default probability</source>
            <translation>既定の確度</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Deals</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="156" />
            <source>Add &amp;Stage…</source>
            <translation>フェーズを追加(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="157" />
            <source>Move &amp;Up</source>
            <translation>上へ移動(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="158" />
            <source>Move &amp;Down</source>
            <translation>下へ移動(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="159" />
            <source>&amp;Remove Stage…</source>
            <translation>フェーズを削除(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="173" />
            <source>Changes are made as you make them; Edit ▸ Undo takes each one back. Double-click a stage's name to rename it. A new deal starts in the first stage.</source>
            <translation>変更はすぐに反映され、[編集] ▸ [元に戻す] で1つずつ取り消せます。フェーズ名をダブルクリックすると名前を変更できます。新しい商談は最初のフェーズから始まります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="181" />
            <source>Stages, in order</source>
            <translation>フェーズ (順番どおり)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="291" />
            <source>Add Pipeline</source>
            <translation>パイプラインの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="292" />
            <source>Name of the new pipeline (it starts with the stages of the one shown, to change as you like):</source>
            <translation>新しいパイプラインの名前 (表示中のパイプラインのフェーズで開始され、自由に変更できます)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="297" />
            <source>Lead</source>
            <translation>見込み客</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>Rename Pipeline</source>
            <translation>パイプライン名の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>New name of “{name}”:</source>
            <translation>「{name}」の新しい名前：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="319" />
            <source>“{name}” holds {deals}. Before it is removed, move them to:</source>
            <translation>「{name}」には{deals}があります。削除する前の移動先：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="322" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="333" />
            <source>Remove Pipeline</source>
            <translation>パイプラインの削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="332" />
            <source>Remove the pipeline “{name}”? It holds no deals.</source>
            <translation>パイプライン「{name}」を削除しますか？商談は含まれていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="343" />
            <source>Add Stage</source>
            <translation>フェーズの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="395" />
            <source>The stage “{stage}” holds {deals}. Before it is removed, move them to:</source>
            <translation>フェーズ「{stage}」には{deals}があります。削除する前の移動先：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="398" />
            <source>Remove Stage</source>
            <translation>フェーズの削除</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="82" />
            <source>Printed {when}</source>
            <translation>印刷日時 {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="100" />
            <source>{records} selected</source>
            <translation>{records}を選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="102" />
            <source>{records} (filtered)</source>
            <translation>{records} (フィルター適用)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="107" />
            <source>Only the first {printed} of {count} are printed. Select the records to print, or narrow the list with a filter or a lookup.</source>
            <translation>{count} 件中、最初の {printed} 件のみ印刷されます。印刷するレコードを選択するか、フィルターまたは検索条件で一覧を絞り込んでください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="207" />
            <source>you</source>
            <translation>あなた</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="208" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="210" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="253" />
            <source>Print Preview — {title}</source>
            <translation>印刷プレビュー — {title}</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="56" />
            <location filename="../../src/cardfile/ui/problems.py" line="123" />
            <source>Kind of record</source>
            <translation>レコードの種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="57" />
            <source>Records</source>
            <translation>レコード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="58" />
            <source>User name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="59" />
            <source>Sync every</source>
            <translation>同期の間隔</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="60" />
            <source>Server</source>
            <translation>サーバー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="61" />
            <source>Snooze</source>
            <translation>スヌーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="62" />
            <source>Alarm</source>
            <translation>アラーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="63" />
            <source>Exchange rate</source>
            <translation>為替レート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="64" />
            <source>To</source>
            <translation>終了日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="65" />
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="66" />
            <location filename="../../src/cardfile/ui/problems.py" line="67" />
            <source>Sort order</source>
            <translation>並べ替え順</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="68" />
            <source>View</source>
            <translation>表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="69" />
            <source>Format</source>
            <translation>形式</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="70" />
            <source>Duplicates</source>
            <translation>重複</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="71" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="72" />
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="73" />
            <source>Name of the column mapping</source>
            <translation>列の対応付けの名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="74" />
            <source>Column mapping</source>
            <translation>列の対応付け</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="75" />
            <source>Incomplete</source>
            <translation>不完全</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="76" />
            <source>No company</source>
            <translation>会社なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="77" />
            <source>Selection</source>
            <translation>選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="78" />
            <source>vCard version</source>
            <translation>vCard のバージョン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="79" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="80" />
            <source>Separator</source>
            <translation>区切り文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="81" />
            <source>Name order</source>
            <translation>名前の順序</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="82" />
            <source>Default country</source>
            <translation>既定の国</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="83" />
            <source>List</source>
            <translation>リスト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="84" />
            <location filename="../../src/cardfile/ui/problems.py" line="107" />
            <location filename="../../src/cardfile/ui/problems.py" line="124" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="85" />
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="86" />
            <source>Parent company</source>
            <translation>親会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="87" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="88" />
            <source>Member</source>
            <translation>メンバー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="89" />
            <location filename="../../src/cardfile/ui/problems.py" line="130" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="90" />
            <source>Activity type</source>
            <translation>活動の種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="91" />
            <location filename="../../src/cardfile/ui/problems.py" line="115" />
            <source>People</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="92" />
            <source>Repeats</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="93" />
            <source>All day</source>
            <translation>終日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="94" />
            <source>Ends</source>
            <translation>終了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="95" />
            <location filename="../../src/cardfile/ui/problems.py" line="108" />
            <source>Duration</source>
            <translation>所要時間</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="96" />
            <source>Occurrence</source>
            <translation>回</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="97" />
            <location filename="../../src/cardfile/ui/problems.py" line="105" />
            <source>Stage</source>
            <translation>フェーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="98" />
            <location filename="../../src/cardfile/ui/problems.py" line="104" />
            <source>Pipeline</source>
            <translation>パイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="99" />
            <source>Probability</source>
            <translation>確度</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="100" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="101" />
            <source>Lost reasons</source>
            <translation>失注理由</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="102" />
            <source>Won reasons</source>
            <translation>受注理由</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="103" />
            <source>Roles</source>
            <translation>役割</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="106" />
            <source>Expected close</source>
            <translation>完了予定日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="109" />
            <source>Line items</source>
            <translation>明細</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="110" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="111" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="112" />
            <source>Unit price</source>
            <translation>単価</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="113" />
            <source>Discount</source>
            <translation>割引</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="114" />
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="116" />
            <source>Companies</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="117" />
            <source>Deals</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="118" />
            <source>Person</source>
            <translation>人物</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="119" />
            <source>Photo</source>
            <translation>写真</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="120" />
            <source>Logo</source>
            <translation>ロゴ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="121" />
            <source>Type of field</source>
            <translation>項目の種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="122" />
            <source>Choices</source>
            <translation>選択肢</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="125" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="126" />
            <source>Custom field</source>
            <translation>カスタム項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="127" />
            <source>Activity</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="128" />
            <source>Contact</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="129" />
            <source>Deal</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="216" />
            <location filename="../../src/cardfile/ui/problems.py" line="245" />
            <location filename="../../src/cardfile/ui/problems.py" line="356" />
            <source>{field}: this value cannot be used.</source>
            <translation>{field}: この値は使用できません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="221" />
            <source>This activity is done already.</source>
            <translation>この活動はすでに完了しています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="223" />
            <source>This activity is cancelled already.</source>
            <translation>この活動はすでにキャンセルされています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="224" />
            <source>This activity is cleared already.</source>
            <translation>この活動はすでに処理済みです。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="229" />
            <source>The deals in “{stage}” must first move to another stage.</source>
            <translation>先に「{stage}」の商談を別のフェーズへ移す必要があります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="230" />
            <source>The deals in “{pipeline}” must first move to another pipeline.</source>
            <translation>先に「{pipeline}」の商談を別のパイプラインへ移す必要があります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="237" />
            <source>“{value}” is not a date.</source>
            <translation>「{value}」は日付ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="246" />
            <source>{field}: this is needed.</source>
            <translation>{field}: 入力が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="247" />
            <source>{field}: the least is {limit}.</source>
            <translation>{field}: 最小値は {limit} です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="248" />
            <source>{field}: the most is {limit}.</source>
            <translation>{field}: 最大値は {limit} です。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="249" />
            <source>{field}: at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: %Ln 文字以内にしてください。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="250" />
            <source>{field}: at most %Ln entry(ies).</source>
            <translation>
                <numerusform>{field}: %Ln 件以内にしてください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="251" />
            <source>{field}: enter a number.</source>
            <translation>{field}: 数値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="253" />
            <source>{field}: “{value}” is not one of {choices}.</source>
            <translation>{field}: 「{value}」は {choices} のいずれでもありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="257" />
            <source>There is no such date as “{value}”.</source>
            <translation>「{value}」という日付は存在しません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="258" />
            <source>“{value}” is not an amount.</source>
            <translation>「{value}」は金額ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="259" />
            <source>“{value}” has too many decimals for {currency}.</source>
            <translation>「{value}」は {currency} としては小数の桁数が多すぎます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="260" />
            <source>“{value}” is not a currency code (such as EUR or USD).</source>
            <translation>「{value}」は通貨コード (EUR、USD など) ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="261" />
            <source>Say how it went.</source>
            <translation>結果を入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="262" />
            <source>A name is needed.</source>
            <translation>名前が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="263" />
            <source>Write some text.</source>
            <translation>テキストを入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="264" />
            <source>Choose at least one person to schedule with.</source>
            <translation>予定に加える人を 1 人以上選んでください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="265" />
            <source>One occurrence of a series cannot repeat on its own.</source>
            <translation>シリーズの 1 回分だけを単独で繰り返すことはできません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="266" />
            <source>An activity is at any time that day or all day, not both.</source>
            <translation>活動は「その日のいつでも」か「終日」のどちらかで、両方にはできません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="267" />
            <source>An activity cannot end before it starts.</source>
            <translation>活動の終了を開始より前にはできません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="268" />
            <source>A repeating activity needs a date.</source>
            <translation>繰り返す活動には日付が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="269" />
            <source>An activity needs a subject.</source>
            <translation>活動には件名が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="270" />
            <source>An activity without a start has no duration.</source>
            <translation>開始のない活動には所要時間がありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="271" />
            <source>The series has no occurrence then.</source>
            <translation>その時点にシリーズの回はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="272" />
            <source>This activity does not repeat.</source>
            <translation>この活動は繰り返しません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="274" />
            <source>Choose at least one file to import.</source>
            <translation>インポートするファイルを 1 つ以上選んでください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="275" />
            <source>A company cannot be its own parent company.</source>
            <translation>会社を自分自身の親会社にはできません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="276" />
            <source>{field}: it is no longer there (it was deleted, perhaps on another device).</source>
            <translation>{field}: もう存在しません (別のデバイスで削除された可能性があります)。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="279" />
            <source>The line items' prices are in {currency}; change them together with the currency.</source>
            <translation>明細の価格は {currency} です。通貨と一緒に価格も変更してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="282" />
            <source>Here the amount is the sum of the line items.</source>
            <translation>ここでは金額は明細の合計です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="283" />
            <source>{field}: this cannot be done with this kind of record.</source>
            <translation>{field}: この種類のレコードではこの操作はできません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="284" />
            <source>Choose two records or more.</source>
            <translation>レコードを 2 件以上選んでください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="285" />
            <source>Choose records, a group or a lookup: one of them, not several.</source>
            <translation>レコード、グループ、検索条件のうち 1 つだけを選んでください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="286" />
            <source>Separate the columns with a comma, a semicolon or a tab.</source>
            <translation>列はカンマ、セミコロン、タブのいずれかで区切ってください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="287" />
            <source>Some of the chosen columns do not exist.</source>
            <translation>選んだ列の一部が存在しません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="288" />
            <source>There is no saved column mapping named “{name}”.</source>
            <translation>「{name}」という保存済みの列の対応付けはありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="289" />
            <source>Choose how the records are incomplete: no email or phone, no company, or no activity for some months.</source>
            <translation>どのように不完全かを選んでください: メールも電話もない、会社がない、数か月活動がない。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="292" />
            <source>That record is not one of those being merged.</source>
            <translation>そのレコードは統合するレコードに含まれていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="293" />
            <source>“{name}” is not a stage of “{pipeline}”; its stages are {stages}.</source>
            <translation>「{name}」は「{pipeline}」のフェーズではありません。フェーズは {stages} です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="298" />
            <source>A pipeline needs at least one stage.</source>
            <translation>パイプラインには少なくとも 1 つのフェーズが必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="300" />
            <source>There is no custom field “{name}”.</source>
            <translation>カスタム項目「{name}」はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="302" />
            <source>A snooze must end in the future.</source>
            <translation>スヌーズの終了は未来の時刻にしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="303" />
            <source>A rate from {source} to {target} is a number above 0.</source>
            <translation>{source} から {target} へのレートは 0 より大きい数値です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="304" />
            <source>The period ends before it starts.</source>
            <translation>期間の終わりが始まりより前になっています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="305" />
            <source>“{value}” is not a country code (such as US or IS).</source>
            <translation>「{value}」は国コード (US、IS など) ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="306" />
            <source>“{value}” cannot be a user name.</source>
            <translation>「{value}」はユーザー名に使えません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="307" />
            <source>This database syncs as {current}; use another database to sync as {user}.</source>
            <translation>このデータベースは {current} として同期します。{user} として同期するには別のデータベースを使ってください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="310" />
            <source>Sync every {low} (only by hand) to %Ln minute(s).</source>
            <translation>
                <numerusform>同期の間隔は {low} (手動のみ) から %Ln 分の間にしてください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="313" />
            <source>“{value}” is not an http:// or https:// address.</source>
            <translation>「{value}」は http:// または https:// のアドレスではありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="314" />
            <source>{field}: this is too large to sync; at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: 同期するには大きすぎます。%Ln 文字以内にしてください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="317" />
            <source>“{value}” contains invisible characters ({characters}); type the address again without them.</source>
            <translation>「{value}」に目に見えない文字 ({characters}) が含まれています。その文字を除いてアドレスを入力し直してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="323" />
            <source>The picture's type (JPEG, PNG …) is not known.</source>
            <translation>画像の種類 (JPEG、PNG など) がわかりません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="324" />
            <source>A time needs its time zone.</source>
            <translation>時刻にはタイムゾーンが必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="327" />
            <source>A choice field needs at least one choice.</source>
            <translation>選択項目には選択肢が 1 つ以上必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="328" />
            <source>A line item needs a product.</source>
            <translation>明細には商品が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="329" />
            <source>{field}: more than {low} and less than {high}.</source>
            <translation>{field}: {low} より大きく {high} より小さい値にしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="332" />
            <source>{field}: from {low} to {high}.</source>
            <translation>{field}: {low}～{high} の範囲にしてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="335" />
            <source>{field}: at most %Ln decimal(s).</source>
            <translation>
                <numerusform>{field}: 小数は %Ln 桁までにしてください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="336" />
            <source>{field}: a whole number of the currency's smallest unit (such as cents).</source>
            <translation>{field}: 通貨の最小単位 (セントなど) の整数にしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="339" />
            <source>There is already a field named “{name}”.</source>
            <translation>「{name}」という項目はすでにあります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="348" />
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="357" />
            <source>This value cannot be used.</source>
            <translation>この値は使用できません。</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="128" />
            <source>Drive</source>
            <translation>ドライブ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="132" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>フォルダー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="134" />
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="143" />
            <source>Select Color</source>
            <translation>色を選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="144" />
            <source>&amp;Basic colors</source>
            <translation>基本カラー(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="145" />
            <source>&amp;Custom colors</source>
            <translation>カスタムカラー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="146" />
            <source>&amp;Add to Custom Colors</source>
            <translation>カスタムカラーに追加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="147" />
            <source>&amp;Pick Screen Color</source>
            <translation>スクリーンの色を取得(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="148" />
            <source>Hu&amp;e:</source>
            <translation>色相(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="149" />
            <source>&amp;Sat:</source>
            <translation>彩度(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="150" />
            <source>&amp;Val:</source>
            <translation>明度(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="151" />
            <source>&amp;Red:</source>
            <translation>赤(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="152" />
            <source>&amp;Green:</source>
            <translation>緑(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="153" />
            <source>Bl&amp;ue:</source>
            <translation>青(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="154" />
            <source>A&amp;lpha channel:</source>
            <translation>アルファチャネル(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="158" />
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>カーソル位置 %1, %2
エスケープキーでキャンセル</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="335" />
            <source>Job</source>
            <translation>ジョブ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="336" />
            <source>Job Control</source>
            <translation>ジョブコントロール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="337" />
            <source>Scheduled &amp;printing:</source>
            <translation>印刷スケジュール(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="338" />
            <source>&amp;Billing information:</source>
            <translation>課金情報(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="339" />
            <source>Job &amp;priority:</source>
            <translation>ジョブ優先度(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="340" />
            <source>Banner Pages</source>
            <translation>バナーページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="341" />
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>開始バナー(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="342" />
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>終了バナー(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="343" />
            <source>Print Immediately</source>
            <translation>すぐに印刷</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="344" />
            <source>Hold Indefinitely</source>
            <translation>無期限に保留</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="345" />
            <source>Day (06:00 to 17:59)</source>
            <translation>昼間 (06:00 から 17:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="346" />
            <source>Night (18:00 to 05:59)</source>
            <translation>夜間 (18:00 から 05:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="350" />
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>第2直 (16:00 から 23:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="355" />
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>第3直 (00:00 から 07:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="360" />
            <source>Weekend (Saturday to Sunday)</source>
            <translation>週末 (土曜日から日曜日)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="362" />
            <source>Specific Time</source>
            <translation>指定時刻</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="363" />
            <source>None</source>
            <comment>CUPS Banner page</comment>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="364" />
            <source>Standard</source>
            <comment>CUPS Banner page</comment>
            <translation>標準</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="365" />
            <source>Unclassified</source>
            <comment>CUPS Banner page</comment>
            <translation>機密扱いなし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="366" />
            <source>Confidential</source>
            <comment>CUPS Banner page</comment>
            <translation>内密</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="367" />
            <source>Classified</source>
            <comment>CUPS Banner page</comment>
            <translation>機密扱い</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="368" />
            <source>Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>機密</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="369" />
            <source>Top Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>最高機密</translation>
        </message>
    </context>
    <context>
        <name>QCupsPrinterSupport</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="415" />
            <source>Authentication Needed</source>
            <translation>認証が必要です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="419" />
            <source>Authentication needed to use %1.</source>
            <translation>%1 を使用するには認証が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="424" />
            <source>Authentication needed to use %1 on %2.</source>
            <translation>%2 の %1 を使用するには認証が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="426" />
            <source>Username:</source>
            <translation>ユーザー名:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="427" />
            <source>Password:</source>
            <translation>パスワード:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="61" />
            <source>&amp;Look in:</source>
            <translation>ファイルの場所(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="62" />
            <source>Back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="63" />
            <source>Go back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="64" />
            <source>Forward</source>
            <translation>進む</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="65" />
            <source>Go forward</source>
            <translation>進む</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="66" />
            <source>Parent Directory</source>
            <translation>親ディレクトリ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="67" />
            <source>Go to the parent directory</source>
            <translation>親ディレクトリへ移動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="68" />
            <source>Create New Folder</source>
            <translation>新しいフォルダの作成</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="69" />
            <source>Create a New Folder</source>
            <translation>新しいフォルダの作成</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="70" />
            <source>List View</source>
            <translation>一覧表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="71" />
            <source>Change to list view mode</source>
            <translation>リスト表示モードへ変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="72" />
            <source>Detail View</source>
            <translation>詳細表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="73" />
            <source>Change to detail view mode</source>
            <translation>詳細表示モードへ変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="74" />
            <source>Sidebar</source>
            <translation>サイドバー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="75" />
            <source>List of places and bookmarks</source>
            <translation>アドレスやブックマークのリスト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="76" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="77" />
            <source>File &amp;name:</source>
            <translation>ファイル名(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="78" />
            <source>Files of &amp;type:</source>
            <translation>ファイルの種類(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="79" />
            <source>Directory:</source>
            <translation>ディレクトリ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="80" />
            <source>Directories</source>
            <translation>ディレクトリ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="81" />
            <source>All Files (*)</source>
            <translation>すべてのファイル(*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="82" />
            <source>All files (*)</source>
            <translation>すべてのファイル(*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="83" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="84" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="85" />
            <source>&amp;Choose</source>
            <translation>選択(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="86" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="87" />
            <source>Save As</source>
            <translation>名前を付けて保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="88" />
            <source>Find Directory</source>
            <translation>ディレクトリの検索</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="89" />
            <source>&amp;Rename</source>
            <translation>名前の変更(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="90" />
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="91" />
            <source>Show &amp;hidden files</source>
            <translation>隠しファイルの表示(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="92" />
            <source>&amp;New Folder</source>
            <translation>新しいフォルダ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="93" />
            <source>New Folder</source>
            <translation>新しいフォルダ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="94" />
            <source>Recent Places</source>
            <translation>最近使った場所</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="95" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="99" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>'%1' を本当に削除しますか?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="104" />
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' は書き込みが禁止されています。
本当に削除しますか?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="106" />
            <source>Could not delete directory.</source>
            <translation>ディレクトリを削除できませんでした。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="110" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 は既に存在します。
置き換えますか?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="115" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ファイルが見つかりません。
正しいファイル名が入力されているかを確認してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="120" />
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ディレクトリが見つかりません。
正しいディレクトリ名が入力されているかを確認してください。</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="122" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="123" />
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="124" />
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>タイプ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="125" />
            <source>Date Modified</source>
            <translation>更新日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="126" />
            <source>Computer</source>
            <translation>コンピュータ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="127" />
            <source>My Computer</source>
            <translation>マイコンピュータ</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="168" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="169" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="170" />
            <source>Cu&amp;t</source>
            <translation>切り取り(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="171" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="172" />
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="173" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="174" />
            <source>Select All</source>
            <translation>すべてを選択</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="277" />
            <source>Paper</source>
            <translation>用紙</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="278" />
            <source>Page size:</source>
            <translation>用紙サイズ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="279" />
            <source>Width:</source>
            <translation>幅:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="280" />
            <source>Height:</source>
            <translation>高さ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="281" />
            <source>Paper source:</source>
            <translation>給紙装置:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="282" />
            <source>Orientation</source>
            <translation>印刷の向き</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="283" />
            <source>Portrait</source>
            <translation>縦 (ポートレート)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="284" />
            <source>Landscape</source>
            <translation>横 (ランドスケープ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="285" />
            <source>Reverse landscape</source>
            <translation>横 反転 (リバースランドスケープ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="286" />
            <source>Reverse portrait</source>
            <translation>縦 反転 (リバースポートレート)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="287" />
            <source>Margins</source>
            <translation>余白</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="288" />
            <source>top margin</source>
            <translation>上端余白</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="289" />
            <source>left margin</source>
            <translation>左端余白</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="290" />
            <source>right margin</source>
            <translation>右端余白</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="291" />
            <source>bottom margin</source>
            <translation>下端余白</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="292" />
            <source>Page Layout</source>
            <translation>ページレイアウト</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="293" />
            <source>Page &amp;order:</source>
            <translation>ページの順序(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="294" />
            <source>Pages &amp;per sheet:</source>
            <translation>1 枚あたりのページ数(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="295" />
            <source>Millimeters (mm)</source>
            <translation>ミリメートル (mm)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="296" />
            <source>Inches (in)</source>
            <translation>インチ (in)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="297" />
            <source>Points (pt)</source>
            <translation>ポイント (pt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="298" />
            <source>Pica (P̸)</source>
            <translation>パイカ (pc)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="299" />
            <source>Didot (DD)</source>
            <translation>ディドー (DD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="300" />
            <source>Cicero (CC)</source>
            <translation>シセロ (CC)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="309" />
            <source>Custom</source>
            <translation>カスタム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="310" />
            <source>mm</source>
            <translation>mm</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="40" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="41" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="42" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="43" />
            <location filename="../../src/cardfile/app.py" line="241" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="44" />
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="45" />
            <source>Apply</source>
            <translation>適用</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="46" />
            <source>&amp;Yes</source>
            <translation>はい(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="47" />
            <source>&amp;No</source>
            <translation>いいえ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="135" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="212" />
            <source>Print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="251" />
            <source>All Pages</source>
            <translation>全てのページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="252" />
            <source>Odd Pages</source>
            <translation>奇数ページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="253" />
            <source>Even Pages</source>
            <translation>偶数ページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="254" />
            <source>&amp;Options &gt;&gt;</source>
            <translation>オプション(&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="255" />
            <source>&amp;Options &lt;&lt;</source>
            <translation>オプション(&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="256" />
            <source>&amp;Print</source>
            <translation>印刷(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="257" />
            <source>Print to File (PDF)</source>
            <translation>PDF ファイルに出力</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="258" />
            <source>Local file</source>
            <translation>ローカルファイル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="259" />
            <source>Write PDF file</source>
            <translation>PDF ファイルへ書き込み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="260" />
            <source>Print To File ...</source>
            <translation>ファイルへ出力...</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="264" />
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 はディレクトリです。
別のファイル名を指定してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="269" />
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>ファイル %1 は書き込み可能ではありません。
別のファイル名を指定してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="274" />
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 は既に存在します。
上書きしますか?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="301" />
            <source>Left to Right, Top to Bottom</source>
            <translation>左から右、上から下</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="302" />
            <source>Left to Right, Bottom to Top</source>
            <translation>左から右、下から上</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="303" />
            <source>Right to Left, Bottom to Top</source>
            <translation>右から左、下から上</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="304" />
            <source>Right to Left, Top to Bottom</source>
            <translation>右から左、上から下</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="305" />
            <source>Bottom to Top, Left to Right</source>
            <translation>下から上、左から右</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="306" />
            <source>Bottom to Top, Right to Left</source>
            <translation>下から上、右から左</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="307" />
            <source>Top to Bottom, Left to Right</source>
            <translation>上から下、左から右</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="308" />
            <source>Top to Bottom, Right to Left</source>
            <translation>上から下、右から左</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="389" />
            <source>Duplex Settings Conflicts</source>
            <translation>両面印刷設定の競合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="393" />
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>両面印刷の設定が競合しています。修正しますか?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="398" />
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>「1 枚あたりのページ数」と「印刷するページ」は同時に使用できません。
どちらかのオプションをオフにしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="404" />
            <source>Invalid Pages Definition</source>
            <translation>ページ指定が無効です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="409" />
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 の書式が正しくありません。ページと範囲は ',' で区切り、範囲は '-' で指定し、範囲が互いに重ならないようにしてください。</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="192" />
            <source>Next page</source>
            <translation>次のページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="193" />
            <source>Previous page</source>
            <translation>前のページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="194" />
            <source>First page</source>
            <translation>最初のページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="195" />
            <source>Last page</source>
            <translation>最後のページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="196" />
            <source>Fit width</source>
            <translation>幅をあわせる</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="197" />
            <source>Fit page</source>
            <translation>ページ全体を表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="198" />
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="199" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="200" />
            <source>Portrait</source>
            <translation>縦</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="201" />
            <source>Landscape</source>
            <translation>横</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="202" />
            <source>Show single page</source>
            <translation>単一ページで表示する</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="203" />
            <source>Show facing pages</source>
            <translation>見開きページで表示する</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="207" />
            <source>Show overview of all pages</source>
            <translation>すべてのページの概要を表示する</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="209" />
            <source>Print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="210" />
            <source>Page setup</source>
            <translation>ページ設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="211" />
            <source>Print Preview</source>
            <translation>印刷のプレビュー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="276" />
            <source>Page Setup</source>
            <translation>ページ設定</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="311" />
            <source>Printer Properties</source>
            <translation>プリンタのプロパティ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="319" />
            <source>Job Options</source>
            <translation>ジョブオプション</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="370" />
            <source>Page Setup Conflicts</source>
            <translation>ページ設定の競合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="374" />
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>ページ設定のオプションが競合しています。修正しますか?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="379" />
            <source>Advanced Option Conflicts</source>
            <translation>詳細設定の競合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="384" />
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>一部の詳細設定オプションが競合しています。修正しますか?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="388" />
            <source>Custom value for %1</source>
            <translation>%1 のカスタム値</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="312" />
            <source>Page</source>
            <translation>ページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="313" />
            <source>Advanced</source>
            <translation>詳細設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="317" />
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>一部のオプションが競合しています。修正してください。</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="220" />
            <source>Print range</source>
            <translation>印刷範囲</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="221" />
            <source>Print all</source>
            <translation>すべて印刷</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="222" />
            <source>Pages from</source>
            <translation>先頭のページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="223" />
            <source>to</source>
            <translation>末尾のページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="224" />
            <source>Pages</source>
            <translation>ページ指定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="229" />
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>ページまたは範囲をカンマで区切って指定します。範囲はハイフンで区切った 2 つの数値で指定します。例: 3,5-7,9 はページ 3、5、6、7、9 を印刷します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="235" />
            <source>Current Page</source>
            <translation>現在のページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="236" />
            <source>Selection</source>
            <translation>選択した部分を印刷</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="237" />
            <source>Page &amp;Set:</source>
            <translation>印刷するページ(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="238" />
            <source>Output Settings</source>
            <translation>出力設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="239" />
            <source>Copies:</source>
            <translation>印刷部数:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="240" />
            <source>Collate</source>
            <translation>丁合い</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="241" />
            <source>Reverse</source>
            <translation>逆順</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="242" />
            <source>Copies</source>
            <translation>印刷部数</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="243" />
            <source>Color Mode</source>
            <translation>カラーモード</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="244" />
            <source>Color</source>
            <translation>カラー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="245" />
            <source>Grayscale</source>
            <translation>グレースケール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="246" />
            <source>Double Sided Printing</source>
            <translation>両面印刷</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="247" />
            <source>Off</source>
            <translation>オフ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="248" />
            <source>Long side binding</source>
            <translation>長辺とじ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="249" />
            <source>Short side binding</source>
            <translation>短辺とじ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="250" />
            <source>Options</source>
            <translation>オプション</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="213" />
            <source>Printer</source>
            <translation>プリンタ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="214" />
            <source>&amp;Name:</source>
            <translation>名前(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="215" />
            <source>P&amp;roperties</source>
            <translation>プロパティ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="216" />
            <source>Location:</source>
            <translation>設置場所:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="217" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="218" />
            <source>Type:</source>
            <translation>タイプ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="219" />
            <source>Output &amp;file:</source>
            <translation>出力ファイル名(&amp;F):</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="175" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="176" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="177" />
            <source>Cu&amp;t</source>
            <translation>切り取り(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="178" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="179" />
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="180" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="181" />
            <source>Select All</source>
            <translation>すべてを選択</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="48" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; 戻る(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="49" />
            <source>&amp;Next &gt;</source>
            <translation>次へ(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="50" />
            <source>&amp;Finish</source>
            <translation>完了(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="51" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="52" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="209" />
            <location filename="../../src/cardfile/ui/records/form.py" line="92" />
            <source>Enter a number.</source>
            <translation>数値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="211" />
            <location filename="../../src/cardfile/ui/problems.py" line="238" />
            <location filename="../../src/cardfile/ui/records/form.py" line="94" />
            <location filename="../../src/cardfile/ui/records/form.py" line="103" />
            <location filename="../../src/cardfile/ui/records/form.py" line="104" />
            <location filename="../../src/cardfile/ui/records/form.py" line="105" />
            <source>There is no such date.</source>
            <translation>そのような日付はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="213" />
            <location filename="../../src/cardfile/ui/records/form.py" line="96" />
            <source>Choose one of: {choices}.</source>
            <translation>次のいずれかを選択してください: {choices}。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="215" />
            <location filename="../../src/cardfile/ui/problems.py" line="252" />
            <location filename="../../src/cardfile/ui/records/form.py" line="98" />
            <source>Choose yes or no.</source>
            <translation>はい/いいえを選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="320" />
            <location filename="../../src/cardfile/ui/records/form.py" line="100" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation>メールアドレスではありません。name@example.com のような形式で入力してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="321" />
            <location filename="../../src/cardfile/ui/records/form.py" line="101" />
            <source>A phone number needs at least one digit.</source>
            <translation>電話番号には少なくとも1桁の数字が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="322" />
            <location filename="../../src/cardfile/ui/records/form.py" line="102" />
            <source>A web address cannot contain spaces.</source>
            <translation>Webアドレスにスペースは使用できません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation>「{name}」という名前の会社はありません。先に追加するか、一覧から選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="106" />
            <source>A company needs a name.</source>
            <translation>会社には名前が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="107" />
            <location filename="../../src/cardfile/ui/records/form.py" line="108" />
            <location filename="../../src/cardfile/ui/records/form.py" line="109" />
            <source>There is no such company.</source>
            <translation>そのような会社はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="263" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>非公開(&amp;V): 自分だけに表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="264" />
            <source>A private record syncs only between your own devices, with its activities, notes and deals; nobody else in the office sees it.</source>
            <translation>非公開レコードは、活動、メモ、商談とともに自分のデバイス間でのみ同期され、社内の他のユーザーには表示されません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="696" />
            <source>Custom fields</source>
            <translation>カスタム項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="960" />
            <source>{sentence} — &lt;a href="{id}"&gt;open it&lt;/a&gt;</source>
            <translation>{sentence} — &lt;a href="{id}"&gt;開く&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="406" />
            <source>Choose another filter, or show them all.</source>
            <translation>別のフィルターを選択するか、すべて表示してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="486" />
            <source>&amp;List</source>
            <translation>一覧(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="542" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="543" />
            <source>&amp;Tag…</source>
            <translation>タグ付け(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="544" />
            <source>&amp;Remove Tag…</source>
            <translation>タグを外す(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="545" />
            <source>Add to &amp;Group…</source>
            <translation>グループに追加(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="547" />
            <source>Remove from Group</source>
            <translation>グループから削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="550" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="556" />
            <source>Show &amp;All</source>
            <translation>すべて表示(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="557" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="558" />
            <source>C&amp;all</source>
            <translation>電話をかける(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="559" />
            <source>Send Ema&amp;il</source>
            <translation>メールを送信(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="561" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="564" />
            <source>E&amp;xport Selected…</source>
            <translation>選択項目をエクスポート(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="592" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation>選択したレコードにタグを付けます (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="593" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation>選択したレコードからタグを外します (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="594" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation>選択したレコードをグループに追加します (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="595" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation>選択したレコードをゴミ箱に移動します (Delete)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="596" />
            <source>Call the selected record's first phone number</source>
            <translation>選択したレコードの最初の電話番号に電話をかけます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="597" />
            <source>Write to the selected records from your mail program</source>
            <translation>メールソフトで選択したレコードにメールを書きます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="598" />
            <source>Copy the selected rows as text (Ctrl+C in the list)</source>
            <translation>選択した行をテキストとしてコピーします (一覧で Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="599" />
            <source>Export the selected records to a vCard or CSV file</source>
            <translation>選択したレコードを vCard または CSV ファイルにエクスポートします</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="632" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="707" />
            <source>{count} (filtered)</source>
            <translation>{count} (フィルター適用)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="710" />
            <source>{count} · {selected} selected</source>
            <translation>{count} · {selected} 件選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="807" />
            <source>{records} selected</source>
            <translation>{records}を選択</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="876" />
            <source>&amp;Columns</source>
            <translation>列(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="886" />
            <source>&amp;Reset Columns</source>
            <translation>列をリセット(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="950" />
            <source>{tag} ({count})</source>
            <translation>{tag} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1034" />
            <source>Unsaved Changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1035" />
            <source>The card has a mistake, marked in red, to correct before it can be saved. Save the changes?</source>
            <translation>カードに誤りがあり (赤で表示)、保存する前に修正が必要です。変更を保存しますか？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1037" />
            <source>Save the changes to this card?</source>
            <translation>このカードへの変更を保存しますか？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1096" />
            <source>Copied the first {records} of {count}; export the rest.</source>
            <translation>{count} 件中、最初の{records}をコピーしました。残りはエクスポートしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1099" />
            <source>Copied {records}.</source>
            <translation>{records}をコピーしました。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1162" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1169" />
            <source>Move to Trash</source>
            <translation>ゴミ箱に移動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1163" />
            <source>Move {records} to the Trash?</source>
            <translation>{records}をゴミ箱に移動しますか？</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1168" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation>ゴミ箱から復元するか、Ctrl+Z で元に戻すことができます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1183" />
            <source>Moving {records} to the Trash…</source>
            <translation>{records}をゴミ箱に移動しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Remove Tag</source>
            <translation>タグを外す</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Take this tag off {records}:</source>
            <translation>{records}から外すタグ：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Add Tag</source>
            <translation>タグの追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Tag {records} with:</source>
            <translation>{records}に付けるタグ：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1212" />
            <source>Tagging {records}…</source>
            <translation>{records}にタグを付けています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1220" />
            <source>Add {records} to the group:</source>
            <translation>{records}の追加先グループ：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1237" />
            <source>Adding {records} to a group…</source>
            <translation>{records}をグループに追加しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1245" />
            <source>Taking {records} out of a group…</source>
            <translation>{records}をグループから外しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1270" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
    </context>
    <context>
        <name>RecordType</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="169" />
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Companies</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Activities</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Deals</source>
            <translation>商談</translation>
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="333" />
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="342" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>予定はありません。この相手との電話、会議、ToDo がここに一覧表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="348" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="412" />
            <source>(no subject)</source>
            <translation>(件名なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="350" />
            <source> · with {people}</source>
            <translation> · {people}と</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="361" />
            <source>No history yet.</source>
            <translation>履歴はまだありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>… and %Ln earlier entry(ies)</source>
            <translation>
                <numerusform>… ほか以前の %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="376" />
            <source>{when} · {action} · on “{name}”</source>
            <translation>{when} · {action} · 「{name}」</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="380" />
            <source>{when} · {action}</source>
            <translation>{when} · {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="382" />
            <source>{when} · Merged</source>
            <translation>{when} · 統合</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="384" />
            <source>{when} · Unmerged</source>
            <translation>{when} · 統合解除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="386" />
            <source>{when} · Note</source>
            <translation>{when} · メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>cancelled</source>
            <translation>キャンセル済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="390" />
            <source>{when} · {type} {status}</source>
            <translation>{when} · {type} {status}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="393" />
            <source>{heading} · {result}</source>
            <translation>{heading} · {result}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="394" />
            <source>{heading} · {user}</source>
            <translation>{heading} · {user}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="404" />
            <source>… and %Ln more field(s)</source>
            <translation>
                <numerusform>… ほか %Ln 項目</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="424" />
            <source>(no name)</source>
            <translation>(名前なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="427" />
            <source>“{name}”</source>
            <translation>「{name}」</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="432" />
            <source>{other} was merged into this card</source>
            <translation>{other} がこのカードに統合されました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="433" />
            <source>This card was merged into {other}</source>
            <translation>このカードは {other} に統合されました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="434" />
            <source>{other} was taken out of this card</source>
            <translation>{other} がこのカードから分離されました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="435" />
            <source>This card was taken out of {other}</source>
            <translation>このカードは {other} から分離されました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="439" />
            <source>Merge history…</source>
            <translation>統合履歴…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="441" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="457" />
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="459" />
            <source>{field}: {old} ← {new}</source>
            <translation>{field}: {old} ← {new}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="459" />
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="465" />
            <source>you</source>
            <translation>あなた</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="466" />
            <source>someone</source>
            <translation>他のユーザー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="473" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>メモを入力… (Ctrl+Enter で追加)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="476" />
            <source>Add Note</source>
            <translation>メモを追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="493" />
            <source>No notes yet.</source>
            <translation>メモはまだありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="517" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="526" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="722" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="535" />
            <source>No deals yet.</source>
            <translation>商談はまだありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>lost</source>
            <translation>不成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="542" />
            <source>closes {date}</source>
            <translation>完了予定日 {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="544" />
            <source>overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="552" />
            <source>New Deal…</source>
            <translation>新規商談…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="554" />
            <source>Add a deal with this {kind}</source>
            <translation>この{kind}との商談を追加</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>person</source>
            <translation>個人</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="570" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation>グループはまだありません。グループは個人や会社を手動でまとめるものです。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="579" />
            <source>New Group…</source>
            <translation>新規グループ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="596" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="607" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="724" />
            <source>Groups</source>
            <translation>グループ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>New Group</source>
            <translation>新規グループ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>Name of the new group:</source>
            <translation>新しいグループの名前：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="631" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="635" />
            <source>{when} · edited {edited}</source>
            <translation>{when} · {edited} に編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Change this note</source>
            <translation>このメモを変更します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="639" />
            <source>Move this note to the Trash (Ctrl+Z undoes)</source>
            <translation>このメモをゴミ箱に移動します (Ctrl+Z で元に戻せます)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="640" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="667" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="669" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="720" />
            <source>Activities</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="721" />
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="723" />
            <source>Deals</source>
            <translation>商談</translation>
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="90" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="137" />
            <source>%Ln alarms</source>
            <translation>
                <numerusform>%Ln 件のアラーム</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="138" />
            <source>Cardfile reminder</source>
            <translation>Cardfile リマインダー</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="162" />
            <source>Reminders</source>
            <translation>リマインダー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Alarm</source>
            <translation>アラーム</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="182" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="183" />
            <source>&amp;Clear…</source>
            <translation>完了にする(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="184" />
            <source>&amp;Snooze</source>
            <translation>スヌーズ(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="187" />
            <source>For {length}</source>
            <translation>{length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="191" />
            <source>For How Long…</source>
            <translation>時間を指定…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="196" />
            <source>&amp;Reschedule…</source>
            <translation>日程を変更(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="197" />
            <source>&amp;Dismiss</source>
            <translation>解除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="225" />
            <source>missed, rang {when}</source>
            <translation>{when} に通知 (見逃し)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="227" />
            <source>rang {when}</source>
            <translation>{when} に通知</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>%Ln alarm(s) due</source>
            <translation>
                <numerusform>期限のアラーム %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>No alarms are due.</source>
            <translation>期限のアラームはありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Snooze</source>
            <translation>スヌーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Ring again in how many minutes?</source>
            <translation>何分後に再通知しますか？</translation>
        </message>
    </context>
    <context>
        <name>RepeatRule</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="159" />
            <location filename="../../src/cardfile/ui/problems.py" line="325" />
            <source>“{value}” is not a time zone.</source>
            <translation>「{value}」はタイムゾーンではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="160" />
            <source>The repeat rule's part “{value}” is not written as NAME=VALUE.</source>
            <translation>繰り返しルールの「{value}」は 名前=値 の形で書かれていません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="161" />
            <source>{part} is not part of a repeat rule (RFC 5545).</source>
            <translation>{part} は繰り返しルール (RFC 5545) の要素ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="162" />
            <source>The repeat rule gives {part} twice.</source>
            <translation>繰り返しルールに {part} が 2 回あります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="163" />
            <source>The repeat rule does not say how often it repeats (FREQ).</source>
            <translation>繰り返しルールに繰り返しの頻度 (FREQ) がありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="164" />
            <source>{part}={value}: Cardfile repeats activities daily, weekly, monthly or yearly.</source>
            <translation>{part}={value}: Cardfile で繰り返せるのは毎日、毎週、毎月、毎年だけです。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="167" />
            <source>The repeat rule ends both after a number of times (COUNT) and on a date (UNTIL); it can do only one.</source>
            <translation>繰り返しルールに回数 (COUNT) と終了日 (UNTIL) の両方があります。どちらか一方だけにしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="170" />
            <source>{part}={value}: the number of times is a whole number above 0.</source>
            <translation>{part}={value}: 回数は 0 より大きい整数にしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="173" />
            <source>{part}={value}: a series repeats every 1 to 1000 days, weeks, months or years.</source>
            <translation>{part}={value}: シリーズの間隔は 1～1000 日、週、か月、年です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="176" />
            <source>“{value}” is not a repeat rule Cardfile can read (RFC 5545).</source>
            <translation>「{value}」は Cardfile が読める繰り返しルール (RFC 5545) ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="177" />
            <source>{part}={value}: the rule's months never have these days, so it never happens.</source>
            <translation>{part}={value}: ルールの月にこの日は存在しないため、一度も発生しません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="180" />
            <source>{part}={value} is not a date (20250331) or a time (20250331T235959Z).</source>
            <translation>{part}={value} は日付 (20250331) でも日時 (20250331T235959Z) でもありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="183" />
            <source>Choose the weekdays from Monday to Sunday.</source>
            <translation>曜日は月曜日から日曜日の中から選んでください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="184" />
            <source>The week of the month is the first to the fourth, or the last.</source>
            <translation>月の週は第 1～第 4 週、または最終週です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="185" />
            <source>Say after how many times the series ends.</source>
            <translation>シリーズを何回で終えるかを指定してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="186" />
            <source>Say on which date the series ends.</source>
            <translation>シリーズの終了日を指定してください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="187" />
            <source>The series would end before it starts.</source>
            <translation>シリーズが開始前に終了してしまいます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="200" />
            <source>Cardfile cannot use this repeat rule: {rule}</source>
            <translation>Cardfile はこの繰り返しルールを使えません: {rule}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="56" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Pipeline</source>
            <translation>パイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="57" />
            <source>Forecast by month</source>
            <translation>月別売上予測</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="58" />
            <source>Forecast by quarter</source>
            <translation>四半期別売上予測</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="59" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Contact list</source>
            <translation>連絡先一覧</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="60" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Activities</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="61" />
            <source>By stage</source>
            <translation>フェーズ別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="62" />
            <source>Deals</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="63" />
            <source>People</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="64" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="203" />
            <source>By month</source>
            <translation>月別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="65" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="204" />
            <source>By quarter</source>
            <translation>四半期別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="66" />
            <source>In {currency}</source>
            <translation>{currency} 換算</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="67" />
            <source>Stage</source>
            <translation>フェーズ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="68" />
            <source>Currency</source>
            <translation>通貨</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="69" />
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="70" />
            <source>Weighted</source>
            <translation>加重</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="71" />
            <source>Deal</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="72" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="73" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="74" />
            <source>Probability</source>
            <translation>確度</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="75" />
            <source>Close</source>
            <translation>完了予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="76" />
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="77" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="78" />
            <source>Quarter</source>
            <translation>四半期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="79" />
            <source>Open deals</source>
            <translation>進行中の商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="80" />
            <source>Won deals</source>
            <translation>成立した商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="81" />
            <source>Won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="82" />
            <source>Everyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="83" />
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="84" />
            <source>No close date</source>
            <translation>完了予定日なし</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="85" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="86" />
            <source>Title</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="87" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="88" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="89" />
            <source>Town</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="90" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="91" />
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="92" />
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="93" />
            <source>With</source>
            <translation>相手</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="94" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="95" />
            <source>Expected close</source>
            <translation>完了予定日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="96" />
            <source>Added</source>
            <translation>追加日</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="97" />
            <source>Dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="98" />
            <source>none needed</source>
            <translation>不要</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="99" />
            <source>Totals in {currency} are converted at exchange rates you entered: {rates}.</source>
            <translation>{currency} での合計は、入力された為替レートで換算しています: {rates}。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="102" />
            <source>Times are in {zone}; a repeating activity has a line per occurrence.</source>
            <translation>時刻は {zone} のものです。繰り返しの活動は 1 回ごとに 1 行で表示します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="105" />
            <source>! after a close date: the deal is open and its expected close date has passed.</source>
            <translation>! (完了予定日の後): 商談は未完了で、完了予定日を過ぎています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="108" />
            <source>! after a status: the activity is overdue (its time has passed and it is not cleared).</source>
            <translation>! (状態の後): 活動は期限切れです (予定時刻を過ぎ、まだ完了していません)。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="112" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won.</source>
            <translation>進行中の商談は完了予定日の期間に確度で加重して計上し、受注した商談は受注した期間に計上します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="130" />
            <source>scheduled</source>
            <translation>予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="133" />
            <source>Total: {count}</source>
            <translation>合計: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="134" />
            <source>{what}: {count}</source>
            <translation>{what}: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="135" />
            <source>1 {source} = {rate} {target}</source>
            <translation>1 {source} = {rate} {target}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="63" />
            <source>Generated {when}</source>
            <translation>作成日時 {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="64" />
            <source>Page {page} of {pages}</source>
            <translation>{page} / {pages} ページ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="65" />
            <source>Nothing to show.</source>
            <translation>表示する内容はありません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="66" />
            <source>This computer has no font for {scripts}: those characters are shown as boxes. Install a font for them (for example from the Noto family) and make the report again.</source>
            <translation>このコンピューターには {scripts} 用のフォントがないため、それらの文字は四角で表示されます。フォント (Noto ファミリーなど) をインストールして、レポートを作成し直してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="137" />
            <source>… and %Ln more row(s): printing, the PDF and the CSV have them all.</source>
            <translation>
                <numerusform>… ほか %Ln 行: 印刷、PDF、CSV にはすべて含まれます。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="172" />
            <source>Reports</source>
            <translation>レポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Forecast</source>
            <translation>売上予測</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="193" />
            <source>Anyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="198" />
            <source>All pipelines</source>
            <translation>すべてのパイプライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="207" />
            <source>Each currency apart</source>
            <translation>通貨別</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="209" />
            <source>Also all in {currency}</source>
            <translation>{currency} での合計も表示</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="212" />
            <source>Any type</source>
            <translation>すべての種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="217" />
            <source>Scheduled and cleared</source>
            <translation>予定済みと完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="218" />
            <source>Scheduled</source>
            <translation>予定済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="219" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="220" />
            <source>Cancelled</source>
            <translation>キャンセル済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="229" />
            <source>&amp;Owner:</source>
            <translation>所有者(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="230" />
            <source>&amp;Pipeline:</source>
            <translation>パイプライン(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="231" />
            <source>Periods:</source>
            <translation>期間：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="232" />
            <source>&amp;Currencies:</source>
            <translation>通貨(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="233" />
            <source>&amp;Type:</source>
            <translation>種類(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="234" />
            <source>&amp;Status:</source>
            <translation>状態(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="243" />
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="244" />
            <source>Save as P&amp;DF…</source>
            <translation>PDF として保存(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="245" />
            <source>Export &amp;CSV…</source>
            <translation>CSV をエクスポート(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="295" />
            <source>&amp;Added:</source>
            <translation>追加日(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="296" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="297" />
            <source>&amp;Expected close:</source>
            <translation>完了予定日(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="298" />
            <source>&amp;Dates:</source>
            <translation>日付(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="344" />
            <source>The dates end before they start.</source>
            <translation>終了日が開始日より前です。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="346" />
            <source>Making the report…</source>
            <translation>レポートを作成しています…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="367" />
            <source>{title}: %Ln row(s).</source>
            <translation>
                <numerusform>{title}: %Ln 行。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>Save as PDF</source>
            <translation>PDF として保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF ドキュメント (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="438" />
            <source>Making the PDF… (a long report takes a while; you can go on working)</source>
            <translation>PDF を作成しています… (長いレポートは時間がかかります。作業を続けられます)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="442" />
            <source>Saving {title} as PDF</source>
            <translation>{title} を PDF として保存しています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="454" />
            <source>Saved {path}.</source>
            <translation>{path} を保存しました。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="456" />
            <source>No font on this computer has {scripts}: those letters show as boxes.</source>
            <translation>このコンピューターには {scripts} を含むフォントがないため、それらの文字は四角で表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="470" />
            <source>Could not write the PDF {path}: {problem}</source>
            <translation>PDF {path} を書き込めませんでした: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>Export as CSV</source>
            <translation>CSV としてエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="494" />
            <source>Could not write the CSV {path}: {problem}</source>
            <translation>CSV {path} を書き込めませんでした: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="500" />
            <source>Exported {path}.</source>
            <translation>{path} をエクスポートしました。</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="276" />
            <source>Reschedule Activity</source>
            <translation>活動の日程変更</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="278" />
            <source>Reschedule %Ln Activities</source>
            <translation>
                <numerusform>%Ln 件の活動の日程変更</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>It keeps its length.</source>
            <translation>所要時間は変わりません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>Each keeps its time of day and length.</source>
            <translation>それぞれの時刻と所要時間は変わりません。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="305" />
            <source>&amp;Move to:</source>
            <translation>移動先(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="307" />
            <source>Move</source>
            <translation>移動</translation>
        </message>
    </context>
    <context>
        <name>Result</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="816" />
            <source>completed</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="817" />
            <source>left a message</source>
            <translation>伝言を残した</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="818" />
            <source>no answer</source>
            <translation>応答なし</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Edit Activity</source>
            <translation>活動の編集</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Schedule Activity</source>
            <translation>活動の予定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="103" />
            <source>Schedule one activity with each person (as one step to undo)</source>
            <translation>各個人との活動を1件ずつ予定します (まとめて元に戻せます)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="109" />
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="154" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="115" />
            <source>Skip This Occurrence</source>
            <translation>この回をスキップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="119" />
            <source>Leave this one occurrence out; the series goes on (Ctrl+Z brings it back)</source>
            <translation>この回だけを除外し、シリーズは継続します (Ctrl+Z で戻せます)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="124" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation>Ctrl+S で保存 · Esc でキャンセル</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="157" />
            <source>Save again to schedule it anyway.</source>
            <translation>もう一度保存すると、そのまま予定が入ります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="158" />
            <source>Save Anyway</source>
            <translation>このまま保存</translation>
        </message>
    </context>
    <context>
        <name>Script</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Greek</source>
            <translation>ギリシャ文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <source>Cyrillic</source>
            <translation>キリル文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Armenian</source>
            <translation>アルメニア文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Hebrew</source>
            <translation>ヘブライ文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Arabic</source>
            <translation>アラビア文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Devanagari</source>
            <translation>デーヴァナーガリー文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Bengali</source>
            <translation>ベンガル文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Tamil</source>
            <translation>タミル文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Thai</source>
            <translation>タイ文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Lao</source>
            <translation>ラオ文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Georgian</source>
            <translation>ジョージア文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Hangul (Korean)</source>
            <translation>ハングル (韓国語)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Ethiopic</source>
            <translation>エチオピア文字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Japanese kana</source>
            <translation>仮名 (ひらがな・カタカナ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Bopomofo</source>
            <translation>注音符号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Chinese characters (kanji, hanja)</source>
            <translation>漢字</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>emoji</source>
            <translation>絵文字</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="90" />
            <source>Show all %Ln contacts</source>
            <translation>
                <numerusform>%Ln 件の連絡先をすべて表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="91" />
            <source>Show all %Ln companies</source>
            <translation>
                <numerusform>%Ln 件の会社をすべて表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="92" />
            <source>Show all %Ln activities</source>
            <translation>
                <numerusform>%Ln 件の活動をすべて表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="93" />
            <source>Show all %Ln notes</source>
            <translation>
                <numerusform>%Ln 件のメモをすべて表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="94" />
            <source>Show all %Ln deals</source>
            <translation>
                <numerusform>%Ln 件の商談をすべて表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="96" />
            <source>Show all %Ln</source>
            <translation>
                <numerusform>%Ln 件をすべて表示</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="103" />
            <source>{field} ({label})</source>
            <translation>{field} ({label})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="109" />
            <source>scheduled</source>
            <translation>予定済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="110" />
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="111" />
            <source>cancelled</source>
            <translation>キャンセル済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="112" />
            <source>skipped</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="113" />
            <source>open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="114" />
            <source>won</source>
            <translation>成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="115" />
            <source>lost</source>
            <translation>不成立</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="130" />
            <source>{field}: </source>
            <translation>{field}: </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="138" />
            <source>{names} and %Ln more</source>
            <translation>
                <numerusform>{names} ほか %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="211" />
            <source>No matches for “{query}”</source>
            <translation>「{query}」に一致するものはありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="469" />
            <location filename="../../src/cardfile/ui/search.py" line="487" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
            <translation>連絡先、会社、商談などを検索… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="491" />
            <source>Preparing search … {percent}%</source>
            <translation>検索を準備しています… {percent}%</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="493" />
            <source>Search is being prepared after the first sync ({percent}% done). You can search meanwhile: every record is found, only more slowly.</source>
            <translation>最初の同期のあと、検索を準備しています（{percent}% 完了）。その間も検索できます。すべてのレコードが見つかりますが、少し時間がかかります。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="67" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="79" />
            <source>Given name first — Anna Berg</source>
            <translation>名を先に表示 — Anna Berg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="80" />
            <source>Family name first — Berg Anna</source>
            <translation>姓を先に表示 — Berg Anna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="82" />
            <source>Names</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="83" />
            <source>Show &amp;names:</source>
            <translation>名前の表示順(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="84" />
            <source>Chinese, Japanese and Korean names are always written family name first.</source>
            <translation>中国語、日本語、韓国語の名前は常に姓を先に表示します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="88" />
            <source>None — numbers need their + country code</source>
            <translation>なし — 番号には + と国番号が必要</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="93" />
            <source>Phone numbers</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="94" />
            <source>Default &amp;country:</source>
            <translation>既定の国(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="97" />
            <source>Phone numbers typed without a + are read as numbers of this country, so a search finds them whichever way they were written.</source>
            <translation>+ なしで入力された電話番号はこの国の番号として扱われるため、どの形式で書かれていても検索で見つかります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Show &amp;dates as:</source>
            <translation>日付の表示形式(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="117" />
            <source>Start</source>
            <translation>起動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="118" />
            <source>&amp;Open Cardfile on:</source>
            <translation>起動時に開くページ(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="119" />
            <source>The page the window shows when Cardfile starts: the Dashboard, say.</source>
            <translation>Cardfile の起動時にウィンドウに表示するページ (ダッシュボードなど)。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="123" />
            <source>System default</source>
            <translation>システムの既定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="129" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="130" />
            <source>&amp;Language:</source>
            <translation>言語(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="133" />
            <source>Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. Cardfile speaks a newly chosen language after it is restarted.</source>
            <translation>メニュー、メッセージ、日付、時刻、数値、金額は、ここで選択した言語に従います。新しく選択した言語は、Cardfile の再起動後に反映されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="139" />
            <source>S&amp;ync Settings…</source>
            <translation>同期の設定(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="143" />
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="144" />
            <source>The sync server, your sign-in and automatic sync have a page of their own.</source>
            <translation>同期サーバー、サインイン、自動同期の設定は専用のページにあります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="156" />
            <source>As the system shows them — {example}</source>
            <translation>システムの表示形式 — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="157" />
            <source>ISO 8601 — {example}</source>
            <translation>ISO 8601 — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="158" />
            <source>Written out — {example}</source>
            <translation>省略なし — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="175" />
            <source>The language could not be saved. {problem}</source>
            <translation>言語を保存できませんでした。{problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="184" />
            <source>Rewriting names</source>
            <translation>名前を書き換えています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="186" />
            <source>Rebuilding the search index</source>
            <translation>検索インデックスを再構築しています</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="63" />
            <source>{record} — made private by its owner; your change was not kept</source>
            <translation>{record} — 所有者が非公開にしたため、変更は保存されませんでした</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="65" />
            <source>{record} — only an administrator may give it to another user</source>
            <translation>{record} — 他のユーザーに譲渡できるのは管理者だけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="67" />
            <source>{record} — only an administrator may take it from {owner}</source>
            <translation>{record} — {owner} さんから引き取れるのは管理者だけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="69" />
            <source>{record} — only an administrator may take it from its owner</source>
            <translation>{record} — 所有者から引き取れるのは管理者だけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="71" />
            <source>{record} — only its owner may make it private or public</source>
            <translation>{record} — 非公開・公開を切り替えられるのは所有者だけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>{record} — only {owner} or an administrator may erase it</source>
            <translation>{record} — 完全に削除できるのは {owner} さんか管理者だけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>{record} — only its owner or an administrator may erase it</source>
            <translation>{record} — 完全に削除できるのは所有者か管理者だけです</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="77" />
            <source>{record}, {field} — the server cannot keep this value</source>
            <translation>{record}、{field} — サーバーはこの値を保存できません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="79" />
            <source>{record} — the server cannot keep one of its values</source>
            <translation>{record} — サーバーは値の一つを保存できません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="81" />
            <source>{record}, {field} — too large to sync; it stays on this device only</source>
            <translation>{record}、{field} — 大きすぎて同期できません。この端末にのみ残ります</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="85" />
            <source>{record} — a value too large to sync; it stays on this device only</source>
            <translation>{record} — 大きすぎて同期できない値があります。この端末にのみ残ります</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="86" />
            <source>{record} — the server did not keep your change</source>
            <translation>{record} — サーバーは変更を保存しませんでした</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="92" />
            <source>“{name}”</source>
            <comment>a record's name in a sentence</comment>
            <translation>「{name}」</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="94" />
            <source>a contact</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="95" />
            <source>a company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>a deal</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="97" />
            <source>an activity</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="98" />
            <source>a note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="100" />
            <source>a record</source>
            <translation>レコード</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="108" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln 件の変更が送信待ち</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="112" />
            <source>%Ln conflict(s)</source>
            <translation>
                <numerusform>%Ln 件の競合</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="118" />
            <source>Syncing…</source>
            <translation>同期しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="120" />
            <source>Sync: checking…</source>
            <translation>同期: 確認しています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="122" />
            <source>Not set up</source>
            <translation>未設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline — {waiting}</source>
            <translation>オフライン — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in — {waiting}</source>
            <translation>未サインイン — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in</source>
            <translation>未サインイン</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed — {waiting}</source>
            <translation>同期に失敗 — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed</source>
            <translation>同期に失敗しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet · {waiting}</source>
            <translation>未同期 · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet</source>
            <translation>未同期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="134" />
            <source>Synced {when} · {waiting}</source>
            <translation>{when} に同期済み · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="135" />
            <source>Synced {when}</source>
            <translation>{when} に同期済み</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="141" />
            <source>Reading the sync state…</source>
            <translation>同期の状態を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="143" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation>このデータベースはサーバーと同期されていません。[同期] ▸ [同期の設定] で設定できます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="144" />
            <source>Syncs with {server} as {user}.</source>
            <translation>{user} として {server} と同期します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="146" />
            <source>Last synced {when}.</source>
            <translation>最終同期: {when}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="148" />
            <source>Syncs by itself every %Ln minute(s).</source>
            <translation>
                <numerusform>%Ln 分ごとに自動で同期します。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="150" />
            <source>{waiting} to be sent.</source>
            <translation>{waiting}が送信待ちです。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Sending changes: {count}</source>
            <translation>変更を送信中: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Receiving changes: {count}</source>
            <translation>変更を受信中: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="258" />
            <source>Syncing</source>
            <translation>同期中</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="271" />
            <source>Synced, but the server overruled %Ln change(s): {reason}. The value it holds is back.</source>
            <translation>
                <numerusform>同期しましたが、サーバーにより %Ln 件の変更が却下されました: {reason}。サーバー側の値に戻されています。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="279" />
            <source>Synced: %Ln change(s) sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation>
                <numerusform>同期しました: 送信 %Ln 件、受信 {received} 件の変更。[同期] ▸ [競合] で確認が必要な競合: {conflicts}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="287" />
            <source>Synced: %Ln change(s) sent, {received} received.</source>
            <translation>
                <numerusform>同期しました: 送信 %Ln 件、受信 {received} 件の変更。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="332" />
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="352" />
            <source>Signing in</source>
            <translation>サインインしています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="356" />
            <source>Signing out</source>
            <translation>サインアウトしています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Using the other values</source>
            <translation>もう一方の値を使用しています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Keeping values</source>
            <translation>値を保持しています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="410" />
            <source>Values sync could not merge: review them (Sync ▸ Conflicts)</source>
            <translation>同期で統合できなかった値があります。確認してください ([同期] ▸ [競合])</translation>
        </message>
    </context>
    <context>
        <name>SyncReason</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="30" />
            <source>wrong user name or password</source>
            <translation>ユーザー名またはパスワードが違います</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="31" />
            <source>this computer's sign-in was revoked or has expired; sign in again</source>
            <translation>このコンピューターのサインインは取り消されたか期限が切れています。もう一度サインインしてください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="32" />
            <source>this computer is not signed in yet</source>
            <translation>このコンピューターはまだサインインしていません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="33" />
            <source>what this computer sent is more than the server takes at once</source>
            <translation>このコンピューターが送ったデータが、サーバーが一度に受け取れる量を超えています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="34" />
            <source>the server and this version of Cardfile speak different versions of the sync protocol; update the older one</source>
            <translation>サーバーとこのバージョンの Cardfile の同期プロトコルのバージョンが異なります。古い方を更新してください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="38" />
            <source>the server ran into an error of its own; nothing was changed, try again later</source>
            <translation>サーバー内部でエラーが発生しました。何も変更されていません。しばらくしてからもう一度お試しください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="39" />
            <source>the server could not take what this computer sent; nothing was changed</source>
            <translation>サーバーはこのコンピューターが送ったデータを受け取れませんでした。何も変更されていません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="40" />
            <source>the server expected this computer's changes in another order; they are sent again</source>
            <translation>サーバーはこのコンピューターの変更を別の順序で待っていました。変更はもう一度送信されます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="41" />
            <source>nothing answers at that address (is the server running?)</source>
            <translation>そのアドレスで応答するものがありません (サーバーは起動していますか?)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="42" />
            <source>it did not answer in time</source>
            <translation>時間内に応答がありませんでした</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="43" />
            <source>the server's name is not known on this network</source>
            <translation>このネットワークではサーバー名が見つかりません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="44" />
            <source>the secure connection failed</source>
            <translation>セキュリティで保護された接続に失敗しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="45" />
            <source>the network connection failed</source>
            <translation>ネットワーク接続に失敗しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="46" />
            <source>the connection dropped before the answer came through</source>
            <translation>応答を受け取る前に接続が切れました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="47" />
            <source>its answer is not a sync server's answer</source>
            <translation>応答が同期サーバーのものではありません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="48" />
            <source>its answer does not follow the sync protocol</source>
            <translation>応答が同期プロトコルに従っていません</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="49" />
            <source>a password is needed the first time</source>
            <translation>初回はパスワードが必要です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="50" />
            <source>this database is a restored backup or a copy of another; it syncs on as a new device</source>
            <translation>このデータベースは復元したバックアップか別のデータベースのコピーです。新しいデバイスとして同期を続けます</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="55" />
            <source>the user {account} is disabled on this server</source>
            <translation>ユーザー {account} はこのサーバーで無効になっています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="57" />
            <source>this user is disabled on this server</source>
            <translation>このユーザーはこのサーバーで無効になっています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="59" />
            <source>this database already syncs as {account}; sign in as {account} or use another database</source>
            <translation>このデータベースはすでに {account} として同期しています。{account} としてサインインするか、別のデータベースを使ってください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="65" />
            <source>too many failed sign-ins; try again in {wait}</source>
            <translation>サインインの失敗が多すぎます。{wait}後にもう一度お試しください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="66" />
            <source>too many failed sign-ins; try again later</source>
            <translation>サインインの失敗が多すぎます。しばらくしてからもう一度お試しください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="70" />
            <source>this computer's clock is {ahead} ahead of the server's: set its date and time right; the changes made meanwhile wait on this computer</source>
            <translation>このコンピューターの時計がサーバーより {ahead} 進んでいます。日付と時刻を正しく設定してください。その間の変更はこのコンピューターで待機しています</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="74" />
            <source>this computer's clock is ahead of the server's: set its date and time right</source>
            <translation>このコンピューターの時計がサーバーより進んでいます。日付と時刻を正しく設定してください</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="77" />
            <source>it answered with HTTP status {status}</source>
            <translation>HTTP ステータス {status} で応答しました</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="78" />
            <source>it gave no reason this version of Cardfile knows</source>
            <translation>このバージョンの Cardfile が知っている理由を返しませんでした</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="41" />
            <source>Off — only when I choose Sync Now</source>
            <translation>オフ — [今すぐ同期] を選んだときのみ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="43" />
            <source>Every hour</source>
            <translation>1時間ごと</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="45" />
            <source>Every %Ln hour(s)</source>
            <translation>
                <numerusform>%Ln 時間ごと</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="46" />
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>%Ln 分ごと</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="55" />
            <source>Sync Settings</source>
            <translation>同期の設定</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="57" />
            <source>Sync keeps this database and your office's sync server in step: your changes go up, everyone else's come down. You can keep working while it runs.</source>
            <translation>同期により、このデータベースと社内の同期サーバーが最新の状態に保たれます。自分の変更はサーバーに送られ、他のユーザーの変更は取り込まれます。同期中も作業を続けられます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="81" />
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="84" />
            <source>Send my password &amp;without encryption (the address is not https://)</source>
            <translation>暗号化せずにパスワードを送信する(&amp;W) (アドレスが https:// ではない場合)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="91" />
            <source>&amp;Sign In</source>
            <translation>サインイン(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="94" />
            <source>Sign &amp;Out</source>
            <translation>サインアウト(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="103" />
            <source>Server</source>
            <translation>サーバー</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="104" />
            <source>Ser&amp;ver:</source>
            <translation>サーバー(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="105" />
            <source>&amp;User name:</source>
            <translation>ユーザー名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="123" />
            <source>Automatic sync</source>
            <translation>自動同期</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="124" />
            <source>Sync &amp;automatically:</source>
            <translation>自動同期(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="125" />
            <source>Sync Now (F9, or in the Sync menu) syncs whenever you choose.</source>
            <translation>[今すぐ同期] (F9 または [同期] メニュー) でいつでも同期できます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="127" />
            <source>Sync &amp;Now</source>
            <translation>今すぐ同期(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="159" />
            <source>Signed in as {user}.</source>
            <translation>{user} としてサインインしています。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="161" />
            <source>Not signed in: type the password and sign in.</source>
            <translation>未サインイン: パスワードを入力してサインインしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="163" />
            <source>Not set up: give the server and your user name, then sign in.</source>
            <translation>未設定: サーバーとユーザー名を入力してからサインインしてください。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="210" />
            <source>Signing in to {server}…</source>
            <translation>{server} にサインインしています…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="222" />
            <source>Signed in. Sync Now brings this database and the server together.</source>
            <translation>サインインしました。[今すぐ同期] でこのデータベースとサーバーの内容をそろえます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="224" />
            <source>Signed in for this session only: without a keyring Cardfile asks again after a restart.</source>
            <translation>このセッションのみサインインしています。キーリングがないため、再起動後に Cardfile が再度パスワードを要求します。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="230" />
            <source>Signed out. Changes made here wait until you sign in.</source>
            <translation>サインアウトしました。ここで行った変更は、サインインするまで送信待ちになります。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="239" />
            <location filename="../../src/cardfile/ui/sync/settings.py" line="243" />
            <source>Syncing…</source>
            <translation>同期しています…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="249" />
            <source>Synced: %Ln change(s) sent and {received} received.</source>
            <translation>
                <numerusform>同期しました: 送信 %Ln 件、受信 {received} 件の変更。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="735" />
            <source>Remove the tag “{tag}”</source>
            <translation>タグ「{tag}」を削除</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="92" />
            <source>Tag</source>
            <translation>タグ</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="760" />
            <source>Add a tag…</source>
            <translation>タグを追加…</translation>
        </message>
    </context>
    <context>
        <name>TaskIndicator</name>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="298" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="299" />
            <source>Stop this task</source>
            <translation>このタスクを停止</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="344" />
            <source>{title} (and {count} more)</source>
            <translation>{title} (ほか {count} 件)</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="33" />
            <source>Contact</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="34" />
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="35" />
            <source>Activity</source>
            <translation>活動</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="36" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="37" />
            <source>Deal</source>
            <translation>商談</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="38" />
            <source>Group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="39" />
            <source>Saved lookup</source>
            <translation>保存した検索条件</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="40" />
            <source>Custom field</source>
            <translation>カスタム項目</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>(no name)</source>
            <translation>(名前なし)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="52" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="53" />
            <source>Deleted</source>
            <translation>削除日時</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="72" />
            <source>Trash</source>
            <translation>ゴミ箱</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="73" />
            <source>The Trash is empty</source>
            <translation>ゴミ箱は空です</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="74" />
            <source>Records you delete wait here until you restore them or erase them for good.</source>
            <translation>削除したレコードは、復元するか完全に削除するまでここに保管されます。</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="82" />
            <source>&amp;Restore</source>
            <translation>復元(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="85" />
            <source>Bring the selected records back, with their links</source>
            <translation>選択したレコードをリンクとともに元に戻します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="88" />
            <source>&amp;Erase…</source>
            <translation>完全に削除(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="91" />
            <source>Erase the selected records and their history for good</source>
            <translation>選択したレコードとその履歴を完全に削除します</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="93" />
            <source>Empty &amp;Trash…</source>
            <translation>ゴミ箱を空にする(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="112" />
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="132" />
            <source>Erase “{name}” for good? It and its whole history leave the database; this cannot be undone.</source>
            <translation>「{name}」を完全に削除しますか？レコードとそのすべての履歴がデータベースから削除されます。この操作は元に戻せません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase %Ln record(s) for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation>
                <numerusform>%Ln 件のレコードを完全に削除しますか？レコードとそのすべての履歴がデータベースから削除されます。この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="141" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="149" />
            <source>Erase for Good</source>
            <translation>完全に削除</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="158" />
            <source>Erase all %Ln record(s) in the Trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>ゴミ箱内の %Ln 件のレコードをすべて完全に削除しますか？この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="159" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="164" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="171" />
            <source>Empty Trash</source>
            <translation>ゴミ箱を空にする</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="172" />
            <source>%Ln record(s) in the Trash belong to someone else: only their owner or an administrator of the sync server can erase them. They stay in the Trash, and anyone may restore them.</source>
            <translation>
                <numerusform>ゴミ箱内の %Ln 件のレコードは他のユーザーのものです。完全に削除できるのは所有者または同期サーバーの管理者だけです。レコードはゴミ箱に残り、誰でも復元できます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="188" />
            <source>%Ln record(s) in the Trash</source>
            <translation>
                <numerusform>ゴミ箱内のレコード: %Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="110" />
            <source> · </source>
            <translation> · </translation>
        </message>
    </context>
</TS>
