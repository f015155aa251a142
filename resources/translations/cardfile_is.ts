<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="320" />
            <source>Undo {action}</source>
            <translation>Afturkalla: {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="321" />
            <source>Redo {action}</source>
            <translation>Endurtaka: {action}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="326" />
            <source>Clear %Ln activity(ies)</source>
            <translation>
                <numerusform>Ljúka %Ln verkþætti</numerusform>
                <numerusform>Ljúka %Ln verkþáttum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>Reschedule %Ln activity(ies)</source>
            <translation>
                <numerusform>Færa %Ln verkþátt</numerusform>
                <numerusform>Færa %Ln verkþætti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="328" />
            <source>Delete %Ln activity(ies)</source>
            <translation>
                <numerusform>Eyða %Ln verkþætti</numerusform>
                <numerusform>Eyða %Ln verkþáttum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="337" />
            <source>Schedule an activity with each of %Ln person(s)</source>
            <translation>
                <numerusform>Skrá verkþátt á dagskrá með hverjum af %Ln einstaklingi</numerusform>
                <numerusform>Skrá verkþátt á dagskrá með hverjum af %Ln einstaklingum</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="339" />
            <source>Import from {file}</source>
            <translation>Flytja inn úr {file}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="341" />
            <source>Add contact</source>
            <translation>Bæta við tengilið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="342" />
            <source>Add contacts</source>
            <translation>Bæta við tengiliðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="343" />
            <source>Edit contact</source>
            <translation>Breyta tengilið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="344" />
            <source>Delete contact</source>
            <translation>Eyða tengilið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="345" />
            <source>Restore contact</source>
            <translation>Endurheimta tengilið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="346" />
            <source>Tag contacts</source>
            <translation>Merkja tengiliði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="347" />
            <source>Delete contacts</source>
            <translation>Eyða tengiliðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="348" />
            <source>Tag companies</source>
            <translation>Merkja fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="349" />
            <source>Delete companies</source>
            <translation>Eyða fyrirtækjum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="350" />
            <source>Add company</source>
            <translation>Bæta við fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="351" />
            <source>Edit company</source>
            <translation>Breyta fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="352" />
            <source>Delete company</source>
            <translation>Eyða fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="353" />
            <source>Restore company</source>
            <translation>Endurheimta fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="354" />
            <source>Schedule activity</source>
            <translation>Skrá verkþátt á dagskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="355" />
            <source>Edit activity</source>
            <translation>Breyta verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="356" />
            <source>Clear activity</source>
            <translation>Ljúka verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="357" />
            <source>Delete activity</source>
            <translation>Eyða verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="358" />
            <source>Restore activity</source>
            <translation>Endurheimta verkþátt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="359" />
            <source>Change one occurrence</source>
            <translation>Breyta einu tilviki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="360" />
            <source>Skip one occurrence</source>
            <translation>Sleppa einu tilviki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="361" />
            <source>Reschedule activity</source>
            <translation>Færa verkþátt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="362" />
            <source>Add activity type</source>
            <translation>Bæta við tegund verkþáttar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="363" />
            <source>Snooze alarm</source>
            <translation>Blunda áminningu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="364" />
            <source>Dismiss alarm</source>
            <translation>Hafna áminningu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="365" />
            <source>Fix the dates of timeless activities</source>
            <translation>Laga dagsetningar verkþátta án tíma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="366" />
            <source>Add note</source>
            <translation>Bæta við athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="367" />
            <source>Edit note</source>
            <translation>Breyta athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="368" />
            <source>Delete note</source>
            <translation>Eyða athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="369" />
            <source>Restore note</source>
            <translation>Endurheimta athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="370" />
            <source>Add deal</source>
            <translation>Bæta við sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="371" />
            <source>Edit deal</source>
            <translation>Breyta sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="372" />
            <source>Move deal</source>
            <translation>Færa sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="373" />
            <source>Close deal</source>
            <translation>Loka sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="374" />
            <source>Reopen deal</source>
            <translation>Opna sölutækifæri aftur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="375" />
            <source>Delete deal</source>
            <translation>Eyða sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="376" />
            <source>Delete deals</source>
            <translation>Eyða sölutækifærum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="377" />
            <source>Restore deal</source>
            <translation>Endurheimta sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="378" />
            <source>Add to list</source>
            <translation>Bæta á lista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="379" />
            <source>Remove from list</source>
            <translation>Fjarlægja af lista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="380" />
            <source>Add pipeline</source>
            <translation>Bæta við söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="381" />
            <source>Rename pipeline</source>
            <translation>Endurnefna söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="382" />
            <source>Remove pipeline</source>
            <translation>Fjarlægja söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="383" />
            <source>Add stage</source>
            <translation>Bæta við stigi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="384" />
            <source>Change stage</source>
            <translation>Breyta stigi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="385" />
            <source>Reorder stages</source>
            <translation>Endurraða stigum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="386" />
            <source>Remove stage</source>
            <translation>Fjarlægja stig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="387" />
            <source>Add group</source>
            <translation>Bæta við hópi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="388" />
            <source>Rename group</source>
            <translation>Endurnefna hóp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="389" />
            <source>Add to group</source>
            <translation>Bæta í hóp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="390" />
            <source>Remove from group</source>
            <translation>Fjarlægja úr hópi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="391" />
            <source>Delete group</source>
            <translation>Eyða hópi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="392" />
            <source>Restore group</source>
            <translation>Endurheimta hóp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="393" />
            <source>Save lookup</source>
            <translation>Vista uppflettingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="394" />
            <source>Edit lookup</source>
            <translation>Breyta uppflettingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="395" />
            <source>Delete lookup</source>
            <translation>Eyða uppflettingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="396" />
            <source>Add custom field</source>
            <translation>Bæta við sérsniðnum reit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="397" />
            <source>Edit custom field</source>
            <translation>Breyta sérsniðnum reit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="398" />
            <source>Remove custom field</source>
            <translation>Fjarlægja sérsniðinn reit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="399" />
            <source>Restore custom field</source>
            <translation>Endurheimta sérsniðinn reit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="400" />
            <source>Restore from Trash</source>
            <translation>Endurheimta úr ruslakörfu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="401" />
            <source>Erase record</source>
            <translation>Eyða færslu varanlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="402" />
            <source>Empty Trash</source>
            <translation>Tæma ruslakörfu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="403" />
            <source>Merge contacts</source>
            <translation>Sameina tengiliði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="404" />
            <source>Merge companies</source>
            <translation>Sameina fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="405" />
            <source>Unmerge contacts</source>
            <translation>Afturkalla sameiningu tengiliða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="406" />
            <source>Unmerge companies</source>
            <translation>Afturkalla sameiningu fyrirtækja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="407" />
            <source>Mark as not duplicates</source>
            <translation>Merkja sem ekki tvítekningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="408" />
            <source>Unmark not duplicates</source>
            <translation>Fjarlægja merkinguna „ekki tvítekningar“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="409" />
            <source>Carry over edits to merged records</source>
            <translation>Flytja breytingar yfir á sameinaðar færslur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="410" />
            <source>Sync</source>
            <translation>Samstilla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="411" />
            <source>Sync (first on this device)</source>
            <translation>Samstilling (fyrsta á þessu tæki)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="412" />
            <source>Sync (sent)</source>
            <translation>Samstilling (sent)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="413" />
            <source>Sync (received)</source>
            <translation>Samstilling (móttekið)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="414" />
            <source>Sign in to sync</source>
            <translation>Innskráning í samstillingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="415" />
            <source>Rebuild names after a sync</source>
            <translation>Nöfn endurgerð eftir samstillingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="416" />
            <source>Take the other value</source>
            <translation>Taka hitt gildið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="417" />
            <source>Keep the current value</source>
            <translation>Halda núverandi gildi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="418" />
            <source>Prepare search</source>
            <translation>Undirbúa leit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="419" />
            <source>Rebuild the search index</source>
            <translation>Endurgera leitarskrána</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="420" />
            <source>Change name order</source>
            <translation>Breyta nafnaröð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="421" />
            <source>Repair database</source>
            <translation>Gera við gagnagrunn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="422" />
            <source>import</source>
            <translation>innflutningur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="432" />
            <location filename="../../src/cardfile/ui/words.py" line="435" />
            <source>Delete {records}</source>
            <translation>Eyða færslum ({records})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="433" />
            <location filename="../../src/cardfile/ui/words.py" line="436" />
            <source>Tag {records}</source>
            <translation>Merkja færslur ({records})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="434" />
            <source>Add {records}</source>
            <translation>Bæta við færslum ({records})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="448" />
            <source>&amp;Undo</source>
            <translation>&amp;Afturkalla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="449" />
            <source>&amp;Undo {action}</source>
            <translation>&amp;Afturkalla: {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="455" />
            <source>&amp;Redo</source>
            <translation>&amp;Endurtaka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="456" />
            <source>&amp;Redo {action}</source>
            <translation>&amp;Endurtaka: {action}</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="279" />
            <source>Activities</source>
            <translation>Verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="280" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="187" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Skrá á dagskrá…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/kind.py" line="281" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln verkþáttur</numerusform>
                <numerusform>%Ln verkþættir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="282" />
            <source>Activities: {count}</source>
            <translation>Verkþættir: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="283" />
            <source>Nothing to do here</source>
            <translation>Ekkert að gera hér</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="284" />
            <source>Calls, meetings and to-dos you schedule are listed here until you clear them. Schedule one with Ctrl+Shift+A from anywhere, or from a person's Activities tab.</source>
            <translation>Símtöl, fundir og verkefni sem þú skráir á dagskrá eru talin upp hér þar til þú lýkur þeim. Skráðu einn með Ctrl+Shift+A hvaðan sem er, eða úr flipanum Verkþættir hjá manneskju.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="288" />
            <source>No activities in this view</source>
            <translation>Engir verkþættir í þessari sýn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="289" />
            <source>Select an activity to see it.</source>
            <translation>Veldu verkþátt til að sjá hann.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="290" />
            <source>Ac&amp;tivity</source>
            <translation>Ver&amp;kþáttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="86" />
            <source>&amp;Today</source>
            <translation>Í &amp;dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="87" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="302" />
            <source>&amp;Overdue</source>
            <translation>&amp;Komið fram yfir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="88" />
            <source>This &amp;Week</source>
            <translation>Þessi &amp;vika</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="89" />
            <source>&amp;Upcoming</source>
            <translation>&amp;Framundan</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="90" />
            <source>A&amp;ll</source>
            <translation>&amp;Allt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="98" />
            <source>Any priority</source>
            <translation>Hvaða forgangur sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>High</source>
            <translation>Hár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Normal</source>
            <translation>Venjulegur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Low</source>
            <translation>Lágur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="105" />
            <source>Anyone (type a name)</source>
            <translation>Hver sem er (sláðu inn nafn)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="121" />
            <source>T&amp;ype:</source>
            <translation>&amp;Tegund:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="122" />
            <source>P&amp;riority:</source>
            <translation>&amp;Forgangur:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="123" />
            <source>O&amp;wner:</source>
            <translation>&amp;Eigandi:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="124" />
            <source>&amp;With:</source>
            <translation>&amp;Með:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="133" />
            <source>Drop tasks on a day to move them there; they keep their time of day</source>
            <translation>Slepptu verkþáttum á dag til að færa þá þangað; þeir halda tíma sínum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="136" />
            <source>Drag tasks onto a day to move them.</source>
            <translation>Dragðu verkþætti á dag til að færa þá.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="141" />
            <source>Birthdays and anniversaries</source>
            <translation>Afmælisdagar og brúðkaupsafmæli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="171" />
            <source>C&amp;lear…</source>
            <translation>&amp;Ljúka…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="172" />
            <source>Clear the selected tasks: say how they went (Ctrl+D)</source>
            <translation>Ljúka völdum verkþáttum: segðu hvernig gekk (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="174" />
            <source>&amp;Reschedule…</source>
            <translation>&amp;Færa…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="176" />
            <source>Move the selected tasks to another day or time (Ctrl+R)</source>
            <translation>Færa valda verkþætti á annan dag eða tíma (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="248" />
            <source>Any type</source>
            <translation>Hvaða tegund sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="259" />
            <source>Anyone</source>
            <translation>Hver sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="261" />
            <source>me</source>
            <translation>ég</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="275" />
            <source>Nothing more for today</source>
            <translation>Ekkert meira í dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="276" />
            <source>Nothing overdue</source>
            <translation>Ekkert komið fram yfir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="277" />
            <source>Nothing more this week</source>
            <translation>Ekkert meira í þessari viku</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="278" />
            <source>Nothing coming up</source>
            <translation>Ekkert framundan</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="279" />
            <source>Nothing to do</source>
            <translation>Ekkert að gera</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln verkþáttur</numerusform>
                <numerusform>%Ln verkþættir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source> (filtered)</source>
            <translation> (síað)</translation>
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
                <numerusform>%Ln verkþáttur kominn fram yfir</numerusform>
                <numerusform>%Ln verkþættir komnir fram yfir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="341" />
            <source>None in the next two weeks</source>
            <translation>Ekkert næstu tvær vikur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="349" />
            <source>birthday ({age})</source>
            <translation>afmæli ({age})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="351" />
            <source>birthday</source>
            <translation>afmæli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="355" />
            <source>anniversary ({years})</source>
            <translation>brúðkaupsafmæli ({years})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="357" />
            <source>anniversary</source>
            <translation>brúðkaupsafmæli</translation>
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
            <translation>Opna {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="404" />
            <source>Reschedule</source>
            <translation>Færa</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="36" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Skrá á dagskrá…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="38" />
            <source>Schedule a call, meeting or to-do about this record</source>
            <translation>Skrá á dagskrá símtal, fund eða verkefni varðandi þessa færslu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="79" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>Ekkert á dagskrá. Símtöl, fundir og verkefni með þeim verða talin upp hér.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="87" />
            <source>Coming up</source>
            <translation>Framundan</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="94" />
            <source>overdue</source>
            <translation>komið fram yfir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="97" />
            <source>(no subject)</source>
            <translation>(ekkert efni)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="102" />
            <source> · with {people}</source>
            <translation> · með {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="103" />
            <source>Clear…</source>
            <translation>Ljúka…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="108" />
            <source>… and %Ln more in the task list</source>
            <translation>
                <numerusform>… og %Ln í viðbót í verkþáttalistanum</numerusform>
                <numerusform>… og %Ln í viðbót í verkþáttalistanum</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="110" />
            <source>Done</source>
            <translation>Lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="113" />
            <source>did not take place</source>
            <translation>fór ekki fram</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="123" />
            <source>… and %Ln earlier in History</source>
            <translation>
                <numerusform>… og %Ln eldri í sögunni</numerusform>
                <numerusform>… og %Ln eldri í sögunni</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="159" />
            <source>Activities</source>
            <translation>Verkþættir</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="119" />
            <source>Schedule a Follow-up</source>
            <translation>Skrá eftirfylgni á dagskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>Activity</source>
            <translation>Verkþáttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>That activity was deleted.</source>
            <translation>Þessum verkþætti var eytt.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="57" />
            <source>no date</source>
            <translation>engin dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="65" />
            <source>{first} – {last}, all day</source>
            <translation>{first} – {last}, allan daginn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="68" />
            <source>{day}, all day</source>
            <translation>{day}, allan daginn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="78" />
            <source>overdue</source>
            <translation>komið fram yfir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>done</source>
            <translation>lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>cancelled</source>
            <translation>hætt við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>skipped</source>
            <translation>sleppt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>low</source>
            <translation>lágur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>normal</source>
            <translation>venjulegur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>high</source>
            <translation>hár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="99" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="125" />
            <source>When</source>
            <translation>Hvenær</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="101" />
            <source>Subject</source>
            <translation>Efni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="102" />
            <source>Type</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="103" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="137" />
            <source>Priority</source>
            <translation>Forgangur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="147" />
            <source>With</source>
            <translation>Með</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="111" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="136" />
            <source>Status</source>
            <translation>Staða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="112" />
            <source>Owner</source>
            <translation>Eigandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="127" />
            <source>Length</source>
            <translation>Lengd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="131" />
            <source>In its zone</source>
            <translation>Á sínu tímabelti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="134" />
            <source>Repeats</source>
            <translation>Endurtekur sig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="135" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="201" />
            <source>scheduled</source>
            <translation>á dagskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="138" />
            <source>Alarm</source>
            <translation>Áminning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>Private</source>
            <translation>Einka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>only you see it</source>
            <translation>aðeins þú sérð hann</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="141" />
            <source>Activity</source>
            <translation>Verkþáttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="142" />
            <source>Person</source>
            <translation>Manneskja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="144" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="146" />
            <source>Deal</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="151" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>Result</source>
            <translation>Niðurstaða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>did not take place</source>
            <translation>fór ekki fram</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="155" />
            <source>Happened</source>
            <translation>Átti sér stað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="157" />
            <source>Cleared</source>
            <translation>Lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="158" />
            <source>Outcome</source>
            <translation>Niðurstaða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="159" />
            <source>What came of it</source>
            <translation>Hvað kom út úr því</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="160" />
            <source>Details</source>
            <translation>Nánar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="236" />
            <source>History</source>
            <translation>Saga</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditors</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="70" />
            <source>New Type…</source>
            <translation>Ný tegund…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>New Activity Type</source>
            <translation>Ný tegund verkþáttar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>Name of the new type (a demo, a visit…):</source>
            <translation>Heiti nýju tegundarinnar (kynning, heimsókn…):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="142" />
            <source>At a time</source>
            <translation>Á tilteknum tíma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="143" />
            <source>All day</source>
            <translation>Allan daginn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="144" />
            <source>Any time that day</source>
            <translation>Hvenær sem er þann dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="145" />
            <source>No date</source>
            <translation>Engin dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <source>no length</source>
            <translation>engin lengd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="222" />
            <source>for {length}</source>
            <translation>í {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="161" />
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="166" />
            <source>The last day of an activity over several days</source>
            <translation>Síðasti dagur verkþáttar sem nær yfir marga daga</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="254" />
            <source>Does not repeat</source>
            <translation>Endurtekur sig ekki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="255" />
            <source>Daily</source>
            <translation>Daglega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="256" />
            <source>Weekly</source>
            <translation>Vikulega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="257" />
            <source>Monthly</source>
            <translation>Mánaðarlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="258" />
            <source>Yearly</source>
            <translation>Árlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="264" />
            <source>every </source>
            <translation>bil: </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="265" />
            <source>Every 2: every other day, week, month or year</source>
            <translation>Á 2 fresti: annan hvern dag, viku, mánuð eða ár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>forever</source>
            <translation>að eilífu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>until</source>
            <translation>þar til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>for</source>
            <translation>í</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="297" />
            <source> times</source>
            <translation> skipti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="341" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="501" />
            <source>on day {day}</source>
            <translation>{day}. dagur mánaðarins</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="344" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="496" />
            <source>on the {nth} {weekday}</source>
            <translation>{nth} {weekday} mánaðarins</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="346" />
            <source>on the last {weekday}</source>
            <translation>síðasti {weekday} mánaðarins</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="399" />
            <location filename="../../src/cardfile/ui/activities/form.py" line="383" />
            <source>A repeating activity needs a date.</source>
            <translation>Endurtekinn verkþáttur þarf dagsetningu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="408" />
            <source>The series would end before it starts.</source>
            <translation>Röðin myndi enda áður en hún byrjar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="432" />
            <source>As set elsewhere: {rule}</source>
            <translation>Eins og stillt annars staðar: {rule}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="468" />
            <source>first</source>
            <translation>fyrsti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="469" />
            <source>second</source>
            <translation>annar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="470" />
            <source>third</source>
            <translation>þriðji</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="471" />
            <source>fourth</source>
            <translation>fjórði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="472" />
            <source>last</source>
            <translation>síðasti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every day</source>
            <translation>
                <numerusform>Á hverjum degi</numerusform>
                <numerusform>Á hverjum degi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>Á %Ln dags fresti</numerusform>
                <numerusform>Á %Ln daga fresti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every week</source>
            <translation>
                <numerusform>Í hverri viku</numerusform>
                <numerusform>Í hverri viku</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every %Ln week(s)</source>
            <translation>
                <numerusform>Á %Ln viku fresti</numerusform>
                <numerusform>Á %Ln vikna fresti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every month</source>
            <translation>
                <numerusform>Í hverjum mánuði</numerusform>
                <numerusform>Í hverjum mánuði</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every %Ln month(s)</source>
            <translation>
                <numerusform>Á %Ln mánaðar fresti</numerusform>
                <numerusform>Á %Ln mánaða fresti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every year</source>
            <translation>
                <numerusform>Á hverju ári</numerusform>
                <numerusform>Á hverju ári</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every %Ln year(s)</source>
            <translation>
                <numerusform>Á %Ln árs fresti</numerusform>
                <numerusform>Á %Ln ára fresti</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="491" />
            <source>on {days}</source>
            <translation>á {days}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="503" />
            <source>on {date}</source>
            <translation>þann {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="507" />
            <source>until {date}</source>
            <translation>til {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="509" />
            <source>%Ln time(s)</source>
            <translation>
                <numerusform>%Ln sinni</numerusform>
                <numerusform>%Ln sinnum</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="583" />
            <source>Add a person: type part of a name</source>
            <translation>Bæta við manneskju: sláðu inn hluta nafns</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="614" />
            <source>{name} ×</source>
            <translation>{name} ×</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="615" />
            <source>Take {name} off this activity</source>
            <translation>Taka {name} af þessum verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="630" />
            <source>Choose a person from the suggestions, or clear the field.</source>
            <translation>Veldu manneskju úr tillögunum eða hreinsaðu reitinn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="644" />
            <source>No deal (type part of its name)</source>
            <translation>Ekkert sölutækifæri (sláðu inn hluta heitis)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="649" />
            <source>Not about a deal</source>
            <translation>Ekki varðandi sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="680" />
            <source>Choose a deal from the suggestions, or clear the field.</source>
            <translation>Veldu sölutækifæri úr tillögunum eða hreinsaðu reitinn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="159" />
            <source>Call</source>
            <translation>Símtal</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Meeting</source>
            <translation>Fundur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>To-do</source>
            <translation>Verkefni</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="182" />
            <source>Change a Repeating Activity</source>
            <translation>Breyta endurteknum verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="183" />
            <source>“{subject}” repeats. Change only this occurrence, or the whole series?</source>
            <translation>„{subject}“ endurtekur sig. Breyta aðeins þessu tilviki eða allri röðinni?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="190" />
            <source>This Occurrence</source>
            <translation>Þessu tilviki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="192" />
            <source>Whole Series</source>
            <translation>Allri röðinni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="203" />
            <source>Overlapping Activities</source>
            <translation>Verkþættir skarast</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="204" />
            <source>Save it anyway?</source>
            <translation>Vista samt?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="213" />
            <source>This overlaps “{subject}” ({when}) of yours.</source>
            <translation>Þetta skarast á við „{subject}“ ({when}) hjá þér.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/form.py" line="215" />
            <source>And %Ln more.</source>
            <translation>
                <numerusform>Og %Ln í viðbót.</numerusform>
                <numerusform>Og %Ln í viðbót.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Low</source>
            <translation>Lágur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Normal</source>
            <translation>Venjulegur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>High</source>
            <translation>Hár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="254" />
            <source>&amp;Type</source>
            <translation>&amp;Tegund</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="255" />
            <source>&amp;Subject</source>
            <translation>&amp;Efni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="259" />
            <source>When</source>
            <translation>Hvenær</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="261" />
            <source>&amp;When</source>
            <translation>&amp;Hvenær</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="262" />
            <source>&amp;Repeats</source>
            <translation>E&amp;ndurtekur sig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="266" />
            <source>With</source>
            <translation>Með</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="268" />
            <source>&amp;People</source>
            <translation>&amp;Fólk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="269" />
            <source>C&amp;ompany</source>
            <translation>F&amp;yrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="270" />
            <source>&amp;Deal</source>
            <translation>&amp;Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="274" />
            <source>Options</source>
            <translation>Valkostir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="276" />
            <source>P&amp;riority</source>
            <translation>&amp;Forgangur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="277" />
            <source>&amp;Alarm</source>
            <translation>&amp;Áminning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="278" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>Ei&amp;nka: aðeins þú sérð hann</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="281" />
            <source>Details</source>
            <translation>Nánar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="286" />
            <source>This activity was deleted meanwhile; its changes cannot be saved.</source>
            <translation>Þessum verkþætti var eytt á meðan; ekki er hægt að vista breytingarnar á honum.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="309" />
            <source>An activity needs a subject: what is it about?</source>
            <translation>Verkþáttur þarf efni: um hvað snýst hann?</translation>
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="293" />
            <source>Street</source>
            <translation>Gata</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="294" />
            <source>Apartment, suite</source>
            <translation>Íbúð, hæð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="295" />
            <source>PO box</source>
            <translation>Pósthólf</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="296" />
            <source>Postcode</source>
            <translation>Póstnúmer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="297" />
            <source>City</source>
            <translation>Bær/borg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="298" />
            <source>State or region</source>
            <translation>Fylki eða svæði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="299" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="142" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Skrá á dagskrá…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="143" />
            <source>&amp;Today</source>
            <translation>Í &amp;dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="147" />
            <source>Back (Alt+Left)</source>
            <translation>Til baka (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="149" />
            <source>On (Alt+Right)</source>
            <translation>Áfram (Alt+Right)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="150" />
            <source>&amp;Open…</source>
            <translation>&amp;Opna…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="151" />
            <source>&amp;Clear…</source>
            <translation>&amp;Ljúka…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="154" />
            <source>&amp;Day</source>
            <translation>D&amp;agur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="155" />
            <source>&amp;Work Week</source>
            <translation>&amp;Vinnuvika</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="156" />
            <source>W&amp;eek</source>
            <translation>Vi&amp;ka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="157" />
            <source>&amp;Month</source>
            <translation>&amp;Mánuður</translation>
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
            <translation>Færa verkþátt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="325" />
            <source>Change Length</source>
            <translation>Breyta lengd</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/page.py" line="342" />
            <source>%Ln activity(s) shown</source>
            <translation>
                <numerusform>%Ln verkþáttur sýndur</numerusform>
                <numerusform>%Ln verkþættir sýndir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="365" />
            <source>Unsaved Changes</source>
            <translation>Óvistaðar breytingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="366" />
            <source>Save the changes to this activity?</source>
            <translation>Vista breytingarnar á þessum verkþætti?</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="184" />
            <source>all day</source>
            <translation>allan daginn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>All day</source>
            <translation>Allan daginn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>Any time</source>
            <translation>Hvenær sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="444" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="451" />
            <source>overdue</source>
            <translation>komið fram yfir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="547" />
            <location filename="../../src/cardfile/ui/calendar/view.py" line="607" />
            <source>+%Ln more</source>
            <translation>
                <numerusform>+%Ln í viðbót</numerusform>
                <numerusform>+%Ln í viðbót</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="618" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln kominn fram yfir</numerusform>
                <numerusform>%Ln komnir fram yfir</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="133" />
            <source>turns {years} today</source>
            <translation>verður {years} ára í dag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="135" />
            <source>%Ln year(s) today</source>
            <translation>
                <numerusform>%Ln ár í dag</numerusform>
                <numerusform>%Ln ár í dag</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="140" />
            <source>turns {years} tomorrow</source>
            <translation>verður {years} ára á morgun</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="142" />
            <source>%Ln year(s) tomorrow</source>
            <translation>
                <numerusform>%Ln ár á morgun</numerusform>
                <numerusform>%Ln ár á morgun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="145" />
            <source>turns {years} in %Ln day(s)</source>
            <translation>
                <numerusform>verður {years} ára eftir %Ln dag</numerusform>
                <numerusform>verður {years} ára eftir %Ln daga</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <source>{years} in %Ln day(s)</source>
            <translation>
                <numerusform>{years} eftir %Ln dag</numerusform>
                <numerusform>{years} eftir %Ln daga</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln ár</numerusform>
                <numerusform>%Ln ár</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>age {years}</source>
            <translation>{years} ára</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="154" />
            <source>today</source>
            <translation>í dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="156" />
            <source>tomorrow</source>
            <translation>á morgun</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="158" />
            <source>in %Ln day(s)</source>
            <translation>
                <numerusform>eftir %Ln dag</numerusform>
                <numerusform>eftir %Ln daga</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>yes</source>
            <translation>já</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="343" />
            <source>Email {address}</source>
            <translation>Senda tölvupóst á {address}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="344" />
            <source>Call {number}</source>
            <translation>Hringja í {number}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="352" />
            <source>Copy</source>
            <translation>Afrita</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="353" />
            <source>Copy {value}</source>
            <translation>Afrita {value}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="362" />
            <source>Copied</source>
            <translation>Afritað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="396" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="397" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="398" />
            <source>Address</source>
            <translation>Heimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="400" />
            <source>Web</source>
            <translation>Vefur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="402" />
            <source>Messaging</source>
            <translation>Skilaboð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="407" />
            <source>Custom fields</source>
            <translation>Sérsniðnir reitir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="410" />
            <source>Tags</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="411" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>moved to the Trash</source>
            <translation>fært í ruslakörfuna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>restored from the Trash</source>
            <translation>endurheimt úr ruslakörfunni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="493" />
            <source>(empty)</source>
            <translation>(autt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="495" />
            <source>(a company since erased)</source>
            <translation>(fyrirtæki sem hefur verið eytt varanlega)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="497" />
            <source>(since erased)</source>
            <translation>(síðan eytt varanlega)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="501" />
            <source>(picture)</source>
            <translation>(mynd)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="507" />
            <source>(a removed field)</source>
            <translation>(fjarlægður reitur)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="540" />
            <source>other</source>
            <translation>annað</translation>
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
            <translation>Ctrl+S vistar · Esc hættir við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="559" />
            <source>Cancel</source>
            <translation>Hætta við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="561" />
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="645" />
            <source>What you choose below is done to all of them, as one step Undo takes back.</source>
            <translation>Það sem þú velur hér fyrir neðan er gert við þau öll, í einu skrefi sem afturkalla tekur til baka.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="751" />
            <source>&amp;Save</source>
            <translation>&amp;Vista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="887" />
            <source>Edit</source>
            <translation>Breyta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="889" />
            <source>Edit this card (F2)</source>
            <translation>Breyta þessu spjaldi (F2)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="966" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="1044" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation>Breytt · Ctrl+S vistar · Esc hættir við</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="95" />
            <source>{unit}, billions</source>
            <translation>{unit}, milljarðar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="96" />
            <source>{unit}, millions</source>
            <translation>{unit}, milljónir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="97" />
            <source>{unit}, thousands</source>
            <translation>{unit}, þúsundir</translation>
        </message>
    </context>
    <context>
        <name>ClearDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear Activity</source>
            <translation>Ljúka verkþætti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear %Ln Activities</source>
            <translation>
                <numerusform>Ljúka %Ln verkþætti</numerusform>
                <numerusform>Ljúka %Ln verkþáttum</numerusform>
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
                <numerusform>Hverjum af %Ln verkþætti er lokið eins og hann hafi farið fram á áætluðum tíma.</numerusform>
                <numerusform>Hverjum af %Ln verkþáttunum er lokið eins og hann hafi farið fram á áætluðum tíma.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="90" />
            <source>&amp;Completed</source>
            <translation>&amp;Lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="91" />
            <source>&amp;Left a message</source>
            <translation>&amp;Skildi eftir skilaboð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="92" />
            <source>&amp;No answer</source>
            <translation>&amp;Ekkert svar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="93" />
            <source>&amp;Other:</source>
            <translation>&amp;Annað:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="94" />
            <source>Did not take &amp;place</source>
            <translation>Fór ekki &amp;fram</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="98" />
            <source>in your own words</source>
            <translation>með þínum eigin orðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="115" />
            <source>What came of it (optional)</source>
            <translation>Hvað kom út úr því (valfrjálst)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="118" />
            <source>Schedule a &amp;follow-up with the same people</source>
            <translation>Skrá eftirfylgni á dagskrá með sama f&amp;ólki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="122" />
            <source>Result:</source>
            <translation>Útkoma:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="124" />
            <source>&amp;Happened:</source>
            <translation>&amp;Átti sér stað:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="125" />
            <source>O&amp;utcome:</source>
            <translation>Ni&amp;ðurstaða:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="127" />
            <source>Clear</source>
            <translation>Ljúka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="174" />
            <source>Say how it went, in a few words.</source>
            <translation>Segðu í fáum orðum hvernig gekk.</translation>
        </message>
    </context>
    <context>
        <name>CloseDeal</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Won</source>
            <translation>Sölutækifæri unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Lost</source>
            <translation>Sölutækifæri tapað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” won?</source>
            <translation>Hvers vegna vannst „{deal}“?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” lost?</source>
            <translation>Hvers vegna tapaðist „{deal}“?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="57" />
            <source>Reason (optional)</source>
            <translation>Ástæða (valfrjálst)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="59" />
            <source>Pick a reason, or type a new one: it joins the list for next time.</source>
            <translation>Veldu ástæðu eða skrifaðu nýja: hún bætist á listann fyrir næsta skipti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Won</source>
            <translation>Merkja sem unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Lost</source>
            <translation>Merkja sem tapað</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>Companies</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="220" />
            <source>&amp;New Company</source>
            <translation>&amp;Nýtt fyrirtæki</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>%Ln company(ies)</source>
            <translation>
                <numerusform>%Ln fyrirtæki</numerusform>
                <numerusform>%Ln fyrirtæki</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="222" />
            <source>Companies: {count}</source>
            <translation>Fyrirtæki: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="223" />
            <source>No companies yet</source>
            <translation>Engin fyrirtæki enn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="224" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation>Fyrirtæki eru talin upp hér. Fyrirtæki bætist við þegar þú stofnar það, eða þegar þú gefur tengilið fyrirtækisheiti sem er ekki til enn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="229" />
            <source>No companies match the filter</source>
            <translation>Engin fyrirtæki passa við síuna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="230" />
            <source>Select a company to see its card.</source>
            <translation>Veldu fyrirtæki til að sjá spjaldið.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="231" />
            <source>&amp;Company</source>
            <translation>&amp;Fyrirtæki</translation>
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="67" />
            <source>part of {parent}</source>
            <translation>hluti af {parent}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="69" />
            <source>website</source>
            <translation>vefsíða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="71" />
            <source>Dates</source>
            <translation>Dagsetningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="74" />
            <source>… and {count} more</source>
            <translation>… og {count} í viðbót</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="76" />
            <source>People ({count})</source>
            <translation>Starfsfólk ({count})</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="77" />
            <source>A company named “{name}” already exists</source>
            <translation>Fyrirtæki sem heitir „{name}“ er þegar til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="79" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="86" />
            <source>&amp;Name</source>
            <translation>&amp;Heiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="87" />
            <source>&amp;Industry</source>
            <translation>&amp;Atvinnugrein</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="88" />
            <source>&amp;Website</source>
            <translation>V&amp;efsíða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>&amp;Part of</source>
            <translation>Hl&amp;uti af</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>The company this one belongs to, if any</source>
            <translation>Fyrirtækið sem þetta tilheyrir, ef eitthvað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Add email address</source>
            <translation>Bæta við netfangi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Add phone number</source>
            <translation>Bæta við símanúmeri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Address</source>
            <translation>Heimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Add address</source>
            <translation>Bæta við heimilisfangi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Web</source>
            <translation>Vefur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Add web address</source>
            <translation>Bæta við vefslóð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Messaging and social</source>
            <translation>Skilaboð og samfélagsmiðlar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Add account</source>
            <translation>Bæta við aðgangi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Dates</source>
            <translation>Dagsetningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Add date</source>
            <translation>Bæta við dagsetningu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="98" />
            <source>Tags</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="99" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="100" />
            <source>Sharing</source>
            <translation>Deiling</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="105" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation>Þessu fyrirtæki var eytt á meðan; breytingarnar þínar voru ekki vistaðar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="110" />
            <source>Logo: choose an image file or remove the logo</source>
            <translation>Merki fyrirtækis: veldu myndskrá eða fjarlægðu merkið</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="198" />
            <source>value</source>
            <translation>gildi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="224" />
            <source>Remove this condition</source>
            <translation>Fjarlægja þetta skilyrði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="225" />
            <source>Remove condition</source>
            <translation>Fjarlægja skilyrði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="279" />
            <source>(removed field)</source>
            <translation>(fjarlægður reitur)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="306" />
            <source>“{field} {test}” needs a value.</source>
            <translation>„{field} {test}“ þarf gildi.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="326" />
            <source>yes</source>
            <translation>já</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="327" />
            <source>no</source>
            <translation>nei</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>in the Trash</source>
            <translation>í ruslakörfunni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>not deleted</source>
            <translation>ekki eytt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="58" />
            <source>(picture)</source>
            <translation>(mynd)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="76" />
            <source>(no name)</source>
            <translation>(ekkert nafn)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="79" />
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="82" />
            <source>Record</source>
            <translation>Færsla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="83" />
            <source>Field</source>
            <translation>Reitur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="84" />
            <source>Current value</source>
            <translation>Núverandi gildi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="85" />
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="87" />
            <source>Written by</source>
            <translation>Skrifað af</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="86" />
            <source>Other value</source>
            <translation>Hitt gildið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="93" />
            <source>{user} (you)</source>
            <translation>{user} (þú)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="107" />
            <source>Sync Conflicts</source>
            <translation>Samstillingarárekstrar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="108" />
            <source>These fields were changed on two computers before they synced. Each record shows the newer value; the other one is kept here, so nothing is lost. Keep the current value, or use the other.</source>
            <translation>Þessum reitum var breytt á tveimur tölvum áður en þær samstilltust. Hver færsla sýnir nýrra gildið; hitt er geymt hér, svo ekkert glatast. Haltu núverandi gildi eða notaðu hitt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="113" />
            <source>No conflicts</source>
            <translation>Engir árekstrar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="114" />
            <source>When two people change the same field before they sync, the newer value is used and the other waits here for you to review.</source>
            <translation>Þegar tveir breyta sama reit áður en þeir samstilla er nýrra gildið notað og hitt bíður hér eftir að þú farir yfir það.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="124" />
            <source>&amp;Open Record</source>
            <translation>&amp;Opna færslu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="126" />
            <source>&amp;Keep Current</source>
            <translation>&amp;Halda núverandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="129" />
            <source>The record keeps the value it has; the other one is set aside</source>
            <translation>Færslan heldur gildinu sem hún hefur; hinu er lagt til hliðar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="132" />
            <source>&amp;Use Other</source>
            <translation>&amp;Nota hitt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="135" />
            <source>The record takes the other value; it syncs to everyone</source>
            <translation>Færslan fær hitt gildið; það samstillist til allra</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="199" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>%Ln árekstur til yfirferðar</numerusform>
                <numerusform>%Ln árekstrar til yfirferðar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="50" />
            <source>Related People</source>
            <translation>Tengt fólk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="53" />
            <source>Personal</source>
            <translation>Persónulegt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="60" />
            <source>agent (assistant)</source>
            <translation>umboðsmaður (aðstoðarmaður)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="66" />
            <source>Nickname</source>
            <translation>Gælunafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="69" />
            <source>Pronounced</source>
            <translation>Framburður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="71" />
            <source>Birthday</source>
            <translation>Afmælisdagur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="73" />
            <source>Anniversary</source>
            <translation>Brúðkaupsafmæli</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="94" />
            <source>A contact named “{name}” at {company} already exists</source>
            <translation>Tengiliður sem heitir „{name}“ hjá {company} er þegar til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>A contact named “{name}” already exists</source>
            <translation>Tengiliður sem heitir „{name}“ er þegar til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="100" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="112" />
            <source>Give the person a name, a company or an email address.</source>
            <translation>Gefðu manneskjunni nafn, fyrirtæki eða netfang.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>&amp;Prefix</source>
            <translation>F&amp;orskeyti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>&amp;Given name</source>
            <translation>&amp;Fornafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>&amp;Middle name</source>
            <translation>&amp;Millinafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>&amp;Family name</source>
            <translation>&amp;Eftirnafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="119" />
            <source>Suffi&amp;x</source>
            <translation>Viðs&amp;keyti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="120" />
            <source>Nic&amp;kname</source>
            <translation>&amp;Gælunafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="125" />
            <source>&amp;Display as</source>
            <translation>&amp;Birta sem</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="126" />
            <source>Leave empty to show the name built from its parts</source>
            <translation>Skildu eftir autt til að sýna nafnið sett saman úr hlutum þess</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="127" />
            <source>Built from the name</source>
            <translation>Sett saman úr nafninu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="134" />
            <source>Work</source>
            <translation>Vinna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="136" />
            <source>&amp;Title</source>
            <translation>&amp;Starfsheiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="137" />
            <source>Depa&amp;rtment</source>
            <translation>&amp;Deild</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="138" />
            <source>C&amp;ompany</source>
            <translation>F&amp;yrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Add email address</source>
            <translation>Bæta við netfangi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Add phone number</source>
            <translation>Bæta við símanúmeri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Address</source>
            <translation>Heimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Add address</source>
            <translation>Bæta við heimilisfangi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Web</source>
            <translation>Vefur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Add web address</source>
            <translation>Bæta við vefslóð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Messaging and social</source>
            <translation>Skilaboð og samfélagsmiðlar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Add account</source>
            <translation>Bæta við aðgangi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="147" />
            <source>Personal</source>
            <translation>Persónulegt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Birthday</source>
            <translation>&amp;Afmælisdagur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Anniversary</source>
            <translation>B&amp;rúðkaupsafmæli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Other dates</source>
            <translation>Aðrar dagsetningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Add date</source>
            <translation>Bæta við dagsetningu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="151" />
            <source>Tags</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="152" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="153" />
            <source>Sharing</source>
            <translation>Deiling</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="158" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation>Þessum tengilið var eytt á meðan; breytingarnar þínar voru ekki vistaðar.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="204" />
            <source>Contacts</source>
            <translation>Tengiliðir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="205" />
            <source>&amp;New Contact</source>
            <translation>&amp;Nýr tengiliður</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <location filename="../../src/cardfile/app.py" line="249" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln tengiliður</numerusform>
                <numerusform>%Ln tengiliðir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="207" />
            <source>Contacts: {count}</source>
            <translation>Tengiliðir: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="208" />
            <source>No contacts yet</source>
            <translation>Engir tengiliðir enn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="209" />
            <source>The people you work with will be listed here: add them one by one, or import the vCard or CSV file another address book (Outlook, Google, a phone) exports.</source>
            <translation>Fólkið sem þú vinnur með verður talið upp hér: bættu því við einu í einu, eða fluttu inn vCard- eða CSV-skrána sem önnur tengiliðaskrá (Outlook, Google, sími) flytur út.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="214" />
            <source>No contacts match the filter</source>
            <translation>Engir tengiliðir passa við síuna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="215" />
            <source>Select a contact to see their card.</source>
            <translation>Veldu tengilið til að sjá spjaldið.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="216" />
            <source>&amp;Contact</source>
            <translation>&amp;Tengiliður</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="28" />
            <source>Cardfile ran into a problem</source>
            <translation>Cardfile lenti í vandræðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="37" />
            <source>Something unexpected went wrong while: {action}.

What you were changing was either saved whole or not at all: the database is never left half-written. You can go on working; if it happens again, please send the details to whoever looks after Cardfile for you.</source>
            <translation>Eitthvað óvænt fór úrskeiðis við: {action}.

Það sem þú varst að breyta var annaðhvort vistað í heild eða alls ekki: gagnagrunnurinn er aldrei skilinn eftir hálfskrifaður. Þú getur haldið áfram að vinna; ef þetta gerist aftur skaltu senda upplýsingarnar til þess sem sér um Cardfile fyrir þig.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="49" />
            <source>The details are in the log file {path}</source>
            <translation>Upplýsingarnar eru í annálsskránni {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="51" />
            <source>The details could not be written to a log file; copy them from here.</source>
            <translation>Ekki tókst að skrifa upplýsingarnar í annálsskrá; afritaðu þær héðan.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="59" />
            <source>Copy details</source>
            <translation>Afrita upplýsingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="63" />
            <source>Open Log Folder</source>
            <translation>Opna annálsmöppu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="82" />
            <source>Cardfile ran into %Ln problem(s)</source>
            <translation>
                <numerusform>Cardfile lenti í %Ln vandamáli</numerusform>
                <numerusform>Cardfile lenti í %Ln vandamálum</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="86" />
            <source>Copied</source>
            <translation>Afritað</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="69" />
            <source>starting Cardfile</source>
            <translation>að ræsa Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="133" />
            <source>pressing {keys}</source>
            <translation>að ýta á {keys}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="141" />
            <source>choosing {command}</source>
            <translation>að velja „{command}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="148" />
            <source>clicking {button}</source>
            <translation>að smella á „{button}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="154" />
            <source>{what} in “{window}”</source>
            <translation>{what} í „{window}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="166" />
            <source>“{task}”, started after {action}</source>
            <translation>„{task}“, byrjað eftir {action}</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="91" />
            <source>Full name</source>
            <translation>Fullt nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Prefix (Dr., Ms.)</source>
            <translation>Forskeyti (Dr., frú)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Given name</source>
            <translation>Fornafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Middle name</source>
            <translation>Millinafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Family name</source>
            <translation>Eftirnafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Suffix (Jr., PhD)</source>
            <translation>Viðskeyti (yngri, PhD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Nickname</source>
            <translation>Gælunafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Given name (phonetic)</source>
            <translation>Fornafn (hljóðritað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Middle name (phonetic)</source>
            <translation>Millinafn (hljóðritað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Family name (phonetic)</source>
            <translation>Eftirnafn (hljóðritað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Department</source>
            <translation>Deild</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Job title</source>
            <translation>Starfsheiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Birthday</source>
            <translation>Afmælisdagur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Anniversary</source>
            <translation>Brúðkaupsafmæli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Tags</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Notes</source>
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Photo (web link)</source>
            <translation>Mynd (vefslóð)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="115" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Web address</source>
            <translation>Vefslóð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Messaging</source>
            <translation>Skilaboð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Other date</source>
            <translation>Önnur dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Address</source>
            <translation>Heimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="126" />
            <source>label</source>
            <translation>merking</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>service</source>
            <translation>þjónusta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>street</source>
            <translation>gata</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>city</source>
            <translation>bær/borg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>region</source>
            <translation>svæði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>postal code</source>
            <translation>póstnúmer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>PO box</source>
            <translation>pósthólf</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>extended address</source>
            <translation>viðbótarheimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>whole address</source>
            <translation>allt heimilisfangið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="156" />
            <source>Add to notes with the column name</source>
            <translation>Bæta við athugasemdir með heiti dálksins</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="158" />
            <source>Do not import</source>
            <translation>Ekki flytja inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="165" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation>„{target}“ (ekki reitur sem þessi útgáfa af Cardfile þekkir)</translation>
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
            <translation>Hvert hólf sem er ekki autt bætist við athugasemdir tengiliðarins sem „Dálkur: gildi“.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="295" />
            <source>(empty in the first rows)</source>
            <translation>(autt í fyrstu línunum)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>commas</source>
            <translation>kommur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>semicolons</source>
            <translation>semíkommur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>tabs</source>
            <translation>dálkstopp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>vertical bars</source>
            <translation>lóðréttar línur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="317" />
            <source>a Google Contacts export</source>
            <translation>útflutningur úr Google Contacts</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>an Outlook export</source>
            <translation>útflutningur úr Outlook</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>a Cardfile export</source>
            <translation>útflutningur úr Cardfile</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="326" />
            <source>{file}: {encoding}, separated by {delimiter}, %Ln column(s).</source>
            <translation>
                <numerusform>{file}: {encoding}, aðskilið með {delimiter}, %Ln dálkur.</numerusform>
                <numerusform>{file}: {encoding}, aðskilið með {delimiter}, %Ln dálkar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="333" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation>Greint sem {program}: dálkunum hefur þegar verið varpað.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="355" />
            <source>Map columns</source>
            <translation>Varpa dálkum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="357" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation>Veldu reit tengiliðar sem hver dálkur fyllir. Sýnigildin koma úr fyrstu línum skrárinnar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="368" />
            <source>S&amp;tart from:</source>
            <translation>B&amp;yrja frá:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="370" />
            <source>&amp;Save Mapping…</source>
            <translation>&amp;Vista vörpun…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="373" />
            <source>&amp;Delete Saved Mapping</source>
            <translation>&amp;Eyða vistaðri vörpun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="417" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation>Stungið upp á út frá gildunum í þessum dálki: breyttu því ef það er rangt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Column</source>
            <translation>Dálkur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Sample values</source>
            <translation>Sýnigildi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Import as</source>
            <translation>Flytja inn sem</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="439" />
            <source>(column {number}, no header)</source>
            <translation>(dálkur {number}, enginn haus)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="447" />
            <source>Import column {column} as</source>
            <translation>Flytja dálk {column} inn sem</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for this file</source>
            <translation>Tillaga fyrir þessa skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for these files</source>
            <translation>Tillaga fyrir þessar skrár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save Mapping</source>
            <translation>Vista vörpun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save this column mapping as:</source>
            <translation>Vista þessa dálkavörpun sem:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="548" />
            <source>Replace Mapping</source>
            <translation>Skipta út vörpun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="549" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation>Vörpun sem heitir „{name}“ er þegar til. Skipta henni út?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete Mapping</source>
            <translation>Eyða vörpun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation>Eyða vistuðu vörpuninni „{name}“?</translation>
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1011" />
            <source>Yes</source>
            <translation>Já</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1012" />
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1067" />
            <source>Enter a number, such as {example}.</source>
            <translation>Sláðu inn tölu, t.d. {example}.</translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="50" />
            <source>Text</source>
            <translation>Texti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="51" />
            <source>Number</source>
            <translation>Tala</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="52" />
            <source>Date</source>
            <translation>Dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="53" />
            <source>Choice</source>
            <translation>Val</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="54" />
            <source>Yes or no</source>
            <translation>Já eða nei</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="61" />
            <source>Contacts</source>
            <translation>Tengiliðir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="62" />
            <source>Companies</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="63" />
            <source>Activities</source>
            <translation>Verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="64" />
            <source>Deals</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Name</source>
            <translation>Heiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Type</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Used for</source>
            <translation>Notað fyrir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Choices</source>
            <translation>Valkostir</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="208" />
            <source>Custom Fields</source>
            <translation>Sérsniðnir reitir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="224" />
            <source>Fields of your own appear on the cards, in the lists and in lookups. Removing a field hides it; the values stay in the records and come back with Undo.</source>
            <translation>Þínir eigin reitir birtast á spjöldunum, í listunum og í uppflettingum. Ef reitur er fjarlægður er hann falinn; gildin haldast í færslunum og koma aftur með afturköllun.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="230" />
            <source>&amp;Add…</source>
            <translation>&amp;Bæta við…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="232" />
            <source>Re&amp;name…</source>
            <translation>&amp;Endurnefna…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="234" />
            <source>&amp;Remove</source>
            <translation>&amp;Fjarlægja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="309" />
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="324" />
            <source>Remove Field</source>
            <translation>Fjarlægja reit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="310" />
            <source>Remove the field “{name}” from {records}? Its values stay in the records and come back if you undo this.</source>
            <translation>Fjarlægja reitinn „{name}“ (notaður fyrir: {records})? Gildi hans haldast í færslunum og koma aftur ef þú afturkallar þetta.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="86" />
            <source>This month</source>
            <translation>Þessi mánuður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="87" />
            <source>This quarter</source>
            <translation>Þessi ársfjórðungur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="88" />
            <source>This year</source>
            <translation>Þetta ár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="89" />
            <source>Last month</source>
            <translation>Síðasti mánuður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="90" />
            <source>Last quarter</source>
            <translation>Síðasti ársfjórðungur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="91" />
            <source>The last 12 months</source>
            <translation>Síðustu 12 mánuðir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="158" />
            <source>Dashboard</source>
            <translation>Yfirlit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="161" />
            <source>The period won and lost deals, win rate, average size and forecast are about</source>
            <translation>Tímabilið sem unnin og töpuð sölutækifæri, vinningshlutfall, meðalstærð og spá eiga við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="168" />
            <source>The currency the charts show: amounts in other currencies are not added in</source>
            <translation>Gjaldmiðillinn sem gröfin sýna: upphæðum í öðrum gjaldmiðlum er ekki bætt við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="177" />
            <source>&amp;Period:</source>
            <translation>&amp;Tímabil:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="178" />
            <source>P&amp;ipeline:</source>
            <translation>&amp;Söluferli:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="179" />
            <source>O&amp;wner:</source>
            <translation>&amp;Eigandi:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="180" />
            <source>&amp;Charts in:</source>
            <translation>&amp;Gröf í:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="192" />
            <source>Activities</source>
            <translation>Verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="201" />
            <source>Today</source>
            <translation>Í dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="202" />
            <source>Overdue</source>
            <translation>Komið fram yfir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="214" />
            <source>Results</source>
            <translation>Niðurstöður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="262" />
            <source>Pipeline by stage</source>
            <translation>Söluferli eftir stigum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="275" />
            <source>Forecast by month</source>
            <translation>Spá eftir mánuðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="288" />
            <source>Biggest open deals</source>
            <translation>Stærstu opnu sölutækifærin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="347" />
            <source>All pipelines</source>
            <translation>Öll söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="351" />
            <source>Everyone</source>
            <translation>Allir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Today (%Ln)</source>
            <translation>
                <numerusform>Í dag (%Ln)</numerusform>
                <numerusform>Í dag (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Overdue (%Ln)</source>
            <translation>
                <numerusform>Komið fram yfir (%Ln)</numerusform>
                <numerusform>Komið fram yfir (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing overdue.</source>
            <translation>Ekkert komið fram yfir.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing scheduled for today.</source>
            <translation>Ekkert á dagskrá í dag.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="472" />
            <source>no date</source>
            <translation>engin dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="474" />
            <source>today</source>
            <translation>í dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="478" />
            <source>{when} · {type}</source>
            <translation>{when} · {type}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="479" />
            <source>(no subject)</source>
            <translation>(ekkert efni)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="481" />
            <source>{subject} · with {people}</source>
            <translation>{subject} · með {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="493" />
            <source>no deal was won or lost in the period</source>
            <translation>ekkert sölutækifæri vannst eða tapaðist á tímabilinu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="497" />
            <source>win rate of the %Ln deal(s) closed in the period</source>
            <translation>
                <numerusform>vinningshlutfall %Ln sölutækifæris sem lokað var á tímabilinu</numerusform>
                <numerusform>vinningshlutfall %Ln sölutækifæra sem lokað var á tímabilinu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="499" />
            <source>Won: %Ln deal(s)</source>
            <translation>
                <numerusform>Unnið: %Ln sölutækifæri</numerusform>
                <numerusform>Unnið: %Ln sölutækifæri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="500" />
            <source>Lost: %Ln deal(s)</source>
            <translation>
                <numerusform>Tapað: %Ln sölutækifæri</numerusform>
                <numerusform>Tapað: %Ln sölutækifæri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="501" />
            <source>List the deals won in this period</source>
            <translation>Telja upp sölutækifæri sem unnust á þessu tímabili</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="502" />
            <source>List the deals lost in this period</source>
            <translation>Telja upp sölutækifæri sem töpuðust á þessu tímabili</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="508" />
            <source>Average deal won: {amounts}</source>
            <translation>Meðalsölutækifæri unnið: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="509" />
            <source>Average deal won: none won in this period</source>
            <translation>Meðalsölutækifæri unnið: ekkert unnið á þessu tímabili</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="515" />
            <source>Won (%Ln)</source>
            <translation>
                <numerusform>Unnið (%Ln)</numerusform>
                <numerusform>Unnið (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="517" />
            <source>%Ln deal(s) won: click to list them</source>
            <translation>
                <numerusform>%Ln sölutækifæri unnið: smelltu til að telja það upp</numerusform>
                <numerusform>%Ln sölutækifæri unnin: smelltu til að telja þau upp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="521" />
            <source>Lost (%Ln)</source>
            <translation>
                <numerusform>Tapað (%Ln)</numerusform>
                <numerusform>Tapað (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="523" />
            <source>%Ln deal(s) lost: click to list them</source>
            <translation>
                <numerusform>%Ln sölutækifæri tapað: smelltu til að telja það upp</numerusform>
                <numerusform>%Ln sölutækifæri töpuð: smelltu til að telja þau upp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="543" />
            <source>{amounts} + %Ln more currency(ies)</source>
            <translation>
                <numerusform>{amounts} + %Ln gjaldmiðill í viðbót</numerusform>
                <numerusform>{amounts} + %Ln gjaldmiðlar í viðbót</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="563" />
            <source>{stage}: {amount} in %Ln deal(s)</source>
            <translation>
                <numerusform>{stage}: {amount} í %Ln sölutækifæri</numerusform>
                <numerusform>{stage}: {amount} í %Ln sölutækifærum</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="568" />
            <source>{stage}: {amount} weighted</source>
            <translation>{stage}: {amount} vegið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="587" />
            <source>Weighted</source>
            <translation>Vegið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="597" />
            <source>Total</source>
            <translation>Samtals</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="578" />
            <source>Open deals of the pipeline “{pipeline}” in {currency}; click a bar to list them.</source>
            <translation>Opin sölutækifæri í söluferlinu „{pipeline}“ í {currency}; smelltu á súlu til að telja þau upp.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="590" />
            <source>{month}: {amount} weighted</source>
            <translation>{month}: {amount} vegið</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="600" />
            <source>{month}: {amount} in %Ln open deal(s)</source>
            <translation>
                <numerusform>{month}: {amount} í %Ln opnu sölutækifæri</numerusform>
                <numerusform>{month}: {amount} í %Ln opnum sölutækifærum</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="610" />
            <source>Open deals expected to close in the period, in {currency}; click a bar to list them.</source>
            <translation>Opin sölutækifæri sem áætlað er að ljúki á tímabilinu, í {currency}; smelltu á súlu til að telja þau upp.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="628" />
            <source>No open deals.</source>
            <translation>Engin opin sölutækifæri.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="638" />
            <source>{amount} · {deal}</source>
            <translation>{amount} · {deal}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>won</source>
            <translation>unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>lost</source>
            <translation>tapað</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="145" />
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
    </context>
    <context>
        <name>DealCard</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="76" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="258" />
            <source>Stage</source>
            <translation>Stig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="77" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="205" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="260" />
            <source>Amount</source>
            <translation>Upphæð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="80" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="206" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="261" />
            <source>Probability</source>
            <translation>Líkur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="89" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="207" />
            <source>Weighted</source>
            <translation>Vegið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="98" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="208" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="263" />
            <source>Close date</source>
            <translation>Lokadagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="209" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="265" />
            <source>Owner</source>
            <translation>Eigandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="204" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="262" />
            <source>Status</source>
            <translation>Staða</translation>
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
            <translation>{percent} % (stillt fyrir þetta sölutækifæri)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="148" />
            <source>{percent} % (the stage's)</source>
            <translation>{percent} % (stigsins)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="163" />
            <source>Reopen Deal</source>
            <translation>Opna sölutækifæri aftur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Won…</source>
            <translation>Unnið…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Lost…</source>
            <translation>Tapað…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as won, with a reason</source>
            <translation>Loka þessu sölutækifæri sem unnu, með ástæðu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as lost, with a reason</source>
            <translation>Loka þessu sölutækifæri sem töpuðu, með ástæðu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="175" />
            <source>Reopen</source>
            <translation>Opna aftur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="177" />
            <source>Open this deal again, in the stage it was in</source>
            <translation>Opna þetta sölutækifæri aftur, á stiginu sem það var á</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="192" />
            <source>{pipeline} · {stage}</source>
            <translation>{pipeline} · {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="199" />
            <source>not set</source>
            <translation>ekki stillt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="201" />
            <source>This open deal was expected to close before today.</source>
            <translation>Áætlað var að þessu opna sölutækifæri lyki fyrir daginn í dag.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="211" />
            <source>Deal</source>
            <translation>Sölutækifæri</translation>
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
            <translation>Summa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="227" />
            <source>{total} (the deal's amount)</source>
            <translation>{total} (upphæð sölutækifærisins)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="229" />
            <source>Line items</source>
            <translation>Línur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="230" />
            <source>Custom fields</source>
            <translation>Sérsniðnir reitir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <source>the stage's</source>
            <translation>stigsins</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="253" />
            <source>(none)</source>
            <translation>(ekkert)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="242" />
            <source>(removed)</source>
            <translation>(fjarlægt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="259" />
            <source>Pipeline</source>
            <translation>Söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="264" />
            <source>Reason</source>
            <translation>Ástæða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="266" />
            <source>Name</source>
            <translation>Heiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="267" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
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
            <translation>Engin saga enn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · added by {user}</source>
            <translation>{when} · bætt við af {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · by {user}</source>
            <translation>{when} · af {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="314" />
            <source>Nobody yet. Edit the deal to add the people on it and their roles.</source>
            <translation>Enginn enn. Breyttu sölutækifærinu til að bæta við fólkinu sem kemur að því og hlutverkum þess.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="316" />
            <source>(no name)</source>
            <translation>(ekkert nafn)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="324" />
            <source>History</source>
            <translation>Saga</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="325" />
            <source>Contacts</source>
            <translation>Tengiliðir</translation>
        </message>
    </context>
    <context>
        <name>DealFilters</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="43" />
            <source>Any close date</source>
            <translation>Hvaða lokadagsetning sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="44" />
            <source>Overdue</source>
            <translation>Komið fram yfir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="45" />
            <source>Closing this month</source>
            <translation>Lýkur í þessum mánuði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="46" />
            <source>Closing next month</source>
            <translation>Lýkur í næsta mánuði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="47" />
            <source>Closing this quarter</source>
            <translation>Lýkur á þessum ársfjórðungi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="48" />
            <source>Closing next quarter</source>
            <translation>Lýkur á næsta ársfjórðungi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="49" />
            <source>Closing this year</source>
            <translation>Lýkur á þessu ári</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="50" />
            <source>No close date</source>
            <translation>Engin lokadagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="75" />
            <source>Show the deals of one pipeline</source>
            <translation>Sýna sölutækifæri eins söluferlis</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="76" />
            <source>Show one person's deals</source>
            <translation>Sýna sölutækifæri einnar manneskju</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="77" />
            <source>Show deals expected to close in a period</source>
            <translation>Sýna sölutækifæri sem áætlað er að ljúki á tímabili</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="78" />
            <source>Show open, won or lost deals</source>
            <translation>Sýna opin, unnin eða töpuð sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="81" />
            <source>Any company</source>
            <translation>Hvaða fyrirtæki sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="83" />
            <location filename="../../src/cardfile/ui/deals/filters.py" line="226" />
            <source>Show the deals with one company: type part of its name</source>
            <translation>Sýna sölutækifæri með einu fyrirtæki: sláðu inn hluta heitis þess</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="86" />
            <source>Any status</source>
            <translation>Hvaða staða sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="105" />
            <source>All pipelines</source>
            <translation>Öll söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="108" />
            <source>Anyone</source>
            <translation>Hver sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="196" />
            <source>Overdue, {range}</source>
            <translation>Komið fram yfir, {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="197" />
            <source>Closing {range}</source>
            <translation>Lýkur {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="224" />
            <source>There is no company named “{name}”</source>
            <translation>Ekkert fyrirtæki heitir „{name}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="239" />
            <source>stage {stage}</source>
            <translation>stig {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="241" />
            <source>in {currency}</source>
            <translation>í {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="245" />
            <source>none closed</source>
            <translation>ekkert lokað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="247" />
            <source>closed {range}</source>
            <translation>lokað {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="255" />
            <source>(removed)</source>
            <translation>(fjarlægt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="273" />
            <source>Show All</source>
            <translation>Sýna allt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="275" />
            <source>Clear every filter and show all deals (Ctrl+Shift+A)</source>
            <translation>Hreinsa allar síur og sýna öll sölutækifæri (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="284" />
            <source>Showing only deals: {filter}</source>
            <translation>Sýnir aðeins sölutækifæri: {filter}</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="76" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="80" />
            <source>“{text}” is not a number.</source>
            <translation>„{text}“ er ekki tala.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="103" />
            <source>Product or service</source>
            <translation>Vara eða þjónusta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="104" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="212" />
            <source>Quantity</source>
            <translation>Magn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="213" />
            <source>Unit price</source>
            <translation>Einingarverð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="214" />
            <source>Discount %</source>
            <translation>Afsláttur %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="114" />
            <source>Remove this line item</source>
            <translation>Fjarlægja þessa línu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="154" />
            <source>Name the product or service.</source>
            <translation>Gefðu vörunni eða þjónustunni heiti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>quantity</source>
            <translation>magn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>discount</source>
            <translation>afsláttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="165" />
            <source>The {what} is not a number; write it as {example}.</source>
            <translation>{what} er ekki tala; skrifaðu það eins og {example}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="173" />
            <source>A quantity is more than 0, with at most 6 decimals.</source>
            <translation>Magn er meira en 0, með í mesta lagi 6 aukastöfum.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="175" />
            <source>A discount is between 0 and 100 percent.</source>
            <translation>Afsláttur er á milli 0 og 100 prósenta.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="211" />
            <source>Product</source>
            <translation>Vara</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="215" />
            <source>Total</source>
            <translation>Samtals</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="222" />
            <source>Add Line Item</source>
            <translation>Bæta við línu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="227" />
            <source>The sum is the deal's amount</source>
            <translation>Summan er upphæð sölutækifærisins</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="229" />
            <source>Keep the amount equal to the line items' sum as they change</source>
            <translation>Halda upphæðinni jafnri summu línanna þegar þær breytast</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="281" />
            <source>Sum: {total}</source>
            <translation>Summa: {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="339" />
            <source>Type part of a name</source>
            <translation>Sláðu inn hluta nafns</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="353" />
            <source>Role</source>
            <translation>Hlutverk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="360" />
            <source>Take this person off the deal</source>
            <translation>Taka þessa manneskju af sölutækifærinu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="400" />
            <source>Choose the person from the names offered as you type.</source>
            <translation>Veldu manneskjuna úr nöfnunum sem birtast á meðan þú skrifar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="417" />
            <source>Add Person</source>
            <translation>Bæta við manneskju</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="557" />
            <source>The stage's ({percent} %)</source>
            <translation>Stigsins ({percent} %)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="584" />
            <source>The amount is the line items' sum</source>
            <translation>Upphæðin er summa línanna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="601" />
            <source>A deal needs a name.</source>
            <translation>Sölutækifæri þarf heiti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="607" />
            <source>&amp;Name</source>
            <translation>&amp;Heiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>&amp;Company</source>
            <translation>&amp;Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>The company the deal is with, if any</source>
            <translation>Fyrirtækið sem sölutækifærið er við, ef eitthvað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="611" />
            <source>&amp;Amount</source>
            <translation>&amp;Upphæð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="612" />
            <source>The deal's value, exactly, in its currency</source>
            <translation>Verðmæti sölutækifærisins, nákvæmlega, í gjaldmiðli þess</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>C&amp;lose date</source>
            <translation>&amp;Lokadagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>When the deal is expected to close</source>
            <translation>Hvenær áætlað er að sölutækifærinu ljúki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>O&amp;wner</source>
            <translation>&amp;Eigandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>Who looks after the deal</source>
            <translation>Hver sér um sölutækifærið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="622" />
            <source>Pipeline</source>
            <translation>Söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="624" />
            <source>&amp;Pipeline</source>
            <translation>Sölu&amp;ferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="625" />
            <source>&amp;Stage</source>
            <translation>S&amp;tig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="628" />
            <source>P&amp;robability</source>
            <translation>Lí&amp;kur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="633" />
            <source>The chance the deal closes; below 0 goes back to the stage's</source>
            <translation>Líkurnar á að sölutækifærinu ljúki; undir 0 fer aftur í gildi stigsins</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="637" />
            <source>S&amp;tatus</source>
            <translation>St&amp;aða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Open</source>
            <translation>Opið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Won</source>
            <translation>Unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Lost</source>
            <translation>Tapað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="642" />
            <source>Rea&amp;son</source>
            <translation>Ást&amp;æða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="646" />
            <source>Why it was won or lost: pick one, or type a new one for the list</source>
            <translation>Hvers vegna það vannst eða tapaðist: veldu eina eða skrifaðu nýja fyrir listann</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="650" />
            <source>Line items</source>
            <translation>Línur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="651" />
            <source>People on the deal</source>
            <translation>Fólk sem kemur að sölutækifærinu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="656" />
            <source>This deal was deleted meanwhile; your changes were not saved.</source>
            <translation>Þessu sölutækifæri var eytt á meðan; breytingarnar þínar voru ekki vistaðar.</translation>
        </message>
    </context>
    <context>
        <name>Deals</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="31" />
            <source>Me</source>
            <translation>Ég</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Open</source>
            <translation>Opið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Won</source>
            <translation>Unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Lost</source>
            <translation>Tapað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="54" />
            <source>{date} · overdue</source>
            <translation>{date} · komið fram yfir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="58" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln sölutækifæri</numerusform>
                <numerusform>%Ln sölutækifæri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="67" />
            <source>{total} · weighted {weighted}</source>
            <translation>{total} · vegið {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="100" />
            <source>+ %Ln more currency(ies)</source>
            <translation>
                <numerusform>+ %Ln gjaldmiðill í viðbót</numerusform>
                <numerusform>+ %Ln gjaldmiðlar í viðbót</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="108" />
            <source>All periods</source>
            <translation>Öll tímabil</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="110" />
            <source>No close date</source>
            <translation>Engin lokadagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="112" />
            <source>Q{quarter} {year}</source>
            <translation>{quarter}. ársfj. {year}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="123" />
            <source>Undated</source>
            <translation>Ódagsett</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="128" />
            <source>Q{quarter}</source>
            <translation>{quarter}. ársfj.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="132" />
            <source>{period} {year}</source>
            <translation>{period} {year}</translation>
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
            <translation>Sala</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="84" />
            <source>Prospect</source>
            <comment>seeded</comment>
            <translation>Tilvonandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="85" />
            <source>Qualified</source>
            <comment>seeded</comment>
            <translation>Metið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Proposal</source>
            <comment>seeded</comment>
            <translation>Tilboð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>Negotiation</source>
            <comment>seeded</comment>
            <translation>Samningaviðræður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="88" />
            <source>Commitment</source>
            <comment>seeded</comment>
            <translation>Skuldbinding</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="89" />
            <source>Price</source>
            <comment>seeded</comment>
            <translation>Verð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Product fit</source>
            <comment>seeded</comment>
            <translation>Varan hentar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>Relationship</source>
            <comment>seeded</comment>
            <translation>Viðskiptasamband</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>Service and support</source>
            <comment>seeded</comment>
            <translation>Þjónusta og stuðningur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="93" />
            <source>Timing</source>
            <comment>seeded</comment>
            <translation>Tímasetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="94" />
            <source>Other</source>
            <comment>seeded</comment>
            <translation>Annað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="95" />
            <source>Competitor</source>
            <comment>seeded</comment>
            <translation>Samkeppnisaðili</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="96" />
            <source>No budget</source>
            <comment>seeded</comment>
            <translation>Engin fjárveiting</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="97" />
            <source>No decision</source>
            <comment>seeded</comment>
            <translation>Engin ákvörðun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="98" />
            <source>Decision maker</source>
            <comment>seeded</comment>
            <translation>Ákvörðunaraðili</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="99" />
            <source>Economic buyer</source>
            <comment>seeded</comment>
            <translation>Fjárráðandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="100" />
            <source>Influencer</source>
            <comment>seeded</comment>
            <translation>Áhrifavaldur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="101" />
            <source>Champion</source>
            <comment>seeded</comment>
            <translation>Talsmaður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="102" />
            <source>Technical evaluator</source>
            <comment>seeded</comment>
            <translation>Tæknilegur matsaðili</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="103" />
            <source>User</source>
            <comment>seeded</comment>
            <translation>Notandi</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="52" />
            <source>&amp;Board</source>
            <translation>&amp;Tafla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="53" />
            <source>The open deals as cards in a column per stage; drag a card to move the deal</source>
            <translation>Opnu sölutækifærin sem spjöld í dálki fyrir hvert stig; dragðu spjald til að færa sölutækifærið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="57" />
            <source>&amp;Forecast</source>
            <translation>&amp;Spá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="58" />
            <source>Weighted and unweighted totals by the month or quarter deals should close</source>
            <translation>Vegnar og óvegnar heildartölur eftir mánuði eða ársfjórðungi sem sölutækifærin ættu að ljúka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="60" />
            <source>&amp;Pipelines…</source>
            <translation>Sölu&amp;ferli…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="61" />
            <source>Add, rename, reorder and remove pipelines and their stages</source>
            <translation>Bæta við, endurnefna, endurraða og fjarlægja söluferli og stig þeirra</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>Deals</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="235" />
            <source>&amp;New Deal</source>
            <translation>&amp;Nýtt sölutækifæri</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="236" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln sölutækifæri</numerusform>
                <numerusform>%Ln sölutækifæri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="237" />
            <source>Deals: {count}</source>
            <translation>Sölutækifæri: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="238" />
            <source>No deals yet</source>
            <translation>Engin sölutækifæri enn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="239" />
            <source>Your sales opportunities are followed here, stage by stage through a pipeline: what each is worth, who is on it and when it should close.</source>
            <translation>Sölutækifærum þínum er fylgt eftir hér, stig fyrir stig í gegnum söluferli: hvers virði hvert er, hver kemur að því og hvenær því ætti að ljúka.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="244" />
            <source>No deals match the filter</source>
            <translation>Engin sölutækifæri passa við síuna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="245" />
            <source>Select a deal to see its card.</source>
            <translation>Veldu sölutækifæri til að sjá spjaldið þess.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="246" />
            <source>&amp;Deal</source>
            <translation>Sölu&amp;tækifæri</translation>
        </message>
    </context>
    <context>
        <name>DesktopSession</name>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="59" />
            <source>{name} is open in another Cardfile window.</source>
            <translation>{name} er opið í öðrum Cardfile-glugga.</translation>
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
            <translation>sama nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="24" />
            <source>same name but for accents or case</source>
            <translation>sama nafn fyrir utan kommur eða há-/lágstafi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="25" />
            <source>same name, words in another order</source>
            <translation>sama nafn, orð í annarri röð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="26" />
            <source>same name in another script</source>
            <translation>sama nafn í öðru letri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="27" />
            <source>name a typo apart</source>
            <translation>nafn með einni innsláttarvillu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="28" />
            <source>similar name</source>
            <translation>svipað nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="30" />
            <source>same email {detail}</source>
            <translation>sama netfang {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="31" />
            <source>same phone {detail}</source>
            <translation>sami sími {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="32" />
            <source>same vCard UID</source>
            <translation>sama vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="33" />
            <source>same company {detail}</source>
            <translation>sama fyrirtæki {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="34" />
            <source>same birthday {detail}</source>
            <translation>sami afmælisdagur {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="35" />
            <source>same title {detail}</source>
            <translation>sama starfsheiti {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="36" />
            <source>same website {detail}</source>
            <translation>sama vefsíða {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="37" />
            <source>same address</source>
            <translation>sama heimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="46" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="54" />
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="55" />
            <source>Name (phonetic)</source>
            <translation>Nafn (hljóðritað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="56" />
            <source>Photo</source>
            <translation>Mynd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="57" />
            <source>Logo</source>
            <translation>Merki fyrirtækis</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="58" />
            <source>Nickname</source>
            <translation>Gælunafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="59" />
            <source>Title</source>
            <translation>Starfsheiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="60" />
            <source>Department</source>
            <translation>Deild</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="61" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="62" />
            <source>Parent company</source>
            <translation>Móðurfyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="63" />
            <source>Industry</source>
            <translation>Atvinnugrein</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="64" />
            <source>Website</source>
            <translation>Vefsíða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="65" />
            <source>Birthday</source>
            <translation>Afmælisdagur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="66" />
            <source>Anniversary</source>
            <translation>Brúðkaupsafmæli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="67" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="68" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="69" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="70" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="71" />
            <source>Address</source>
            <translation>Heimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="72" />
            <source>Web</source>
            <translation>Vefur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="73" />
            <source>Messaging</source>
            <translation>Skilaboð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="74" />
            <source>Dates</source>
            <translation>Dagsetningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="75" />
            <source>Tags</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="76" />
            <source>Other vCard properties</source>
            <translation>Aðrir vCard-eiginleikar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="86" />
            <source>A record cannot be merged with itself.</source>
            <translation>Ekki er hægt að sameina færslu við sjálfa sig.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="87" />
            <source>“{record}” is no longer there.</source>
            <translation>„{record}“ er ekki lengur til.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="88" />
            <source>A person and a company cannot be merged.</source>
            <translation>Ekki er hægt að sameina manneskju og fyrirtæki.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="89" />
            <source>“{record}” is in the Trash or was merged already; restore or unmerge it first.</source>
            <translation>„{record}“ er í ruslakörfunni eða hefur þegar verið sameinað; endurheimtu það eða afturkallaðu sameininguna fyrst.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="93" />
            <source>This merge was taken back already.</source>
            <translation>Þessi sameining hefur þegar verið afturkölluð.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="94" />
            <source>One of the records was erased for good; the merge cannot be taken back.</source>
            <translation>Einni af færslunum var eytt varanlega; ekki er hægt að afturkalla sameininguna.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="95" />
            <source>“{record}” was merged into another record since; unmerge that merge first.</source>
            <translation>„{record}“ hefur síðan verið sameinað annarri færslu; afturkallaðu þá sameiningu fyrst.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="41" />
            <source>(no name)</source>
            <translation>(ekkert nafn)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="54" />
            <source>{first} and {second}: {score} — {why}</source>
            <translation>{first} og {second}: {score} — {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="65" />
            <source>No two cards share an email address or a phone number, or have the same name with the same company, address or birthday. Pairs you marked as not duplicates are not shown again.</source>
            <translation>Engin tvö spjöld deila netfangi eða símanúmeri, eða hafa sama nafn með sama fyrirtæki, heimilisfangi eða afmælisdegi. Pör sem þú merktir sem ekki tvítekningar eru ekki sýnd aftur.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="81" />
            <source>Cards</source>
            <translation>Spjöld</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="82" />
            <source>Score</source>
            <translation>Stig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="83" />
            <source>Why</source>
            <translation>Ástæða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="99" />
            <source>Duplicates</source>
            <translation>Tvítekningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="100" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="228" />
            <source>No duplicates found</source>
            <translation>Engar tvítekningar fundust</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="113" />
            <source>People</source>
            <translation>Fólk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="114" />
            <source>Companies</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="116" />
            <source>&amp;Look among:</source>
            <translation>&amp;Leita meðal:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="118" />
            <source>&amp;Scan Again</source>
            <translation>&amp;Skanna aftur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="126" />
            <source>S&amp;top</source>
            <translation>S&amp;töðva</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="149" />
            <source>&amp;Compare and Merge…</source>
            <translation>Bera s&amp;aman og sameina…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="152" />
            <source>Show the cards side by side and merge them into one</source>
            <translation>Sýna spjöldin hlið við hlið og sameina þau í eitt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="155" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;Ekki tvítekningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="158" />
            <source>These are different people (or companies): never propose them again</source>
            <translation>Þetta eru ólíkar manneskjur (eða fyrirtæki): aldrei stinga upp á þeim aftur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>&amp;Open</source>
            <translation>&amp;Opna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>Show the first card in its list</source>
            <translation>Sýna fyrsta spjaldið í listanum þess</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="163" />
            <source>&amp;Marked Pairs…</source>
            <translation>&amp;Merkt pör…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="165" />
            <source>The pairs marked as not duplicates, to take a mark back</source>
            <translation>Pörin sem merkt eru sem ekki tvítekningar, til að taka merkingu til baka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="186" />
            <source>Reading the cards…</source>
            <translation>Les spjöldin…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="187" />
            <source>Comparing…</source>
            <translation>Ber saman…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="188" />
            <source>Grouping…</source>
            <translation>Flokkar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="197" />
            <source>Looking for duplicates…</source>
            <translation>Leita að tvítekningum…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="198" />
            <source>This takes a few seconds in a large address book.</source>
            <translation>Þetta tekur nokkrar sekúndur í stórri tengiliðaskrá.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="199" />
            <source>Looking for duplicates</source>
            <translation>Leita að tvítekningum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="211" />
            <source>The scan was stopped</source>
            <translation>Skönnunin var stöðvuð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="212" />
            <source>Scan Again looks for duplicates from the start.</source>
            <translation>Skanna aftur leitar að tvítekningum frá byrjun.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="234" />
            <source>The scan failed</source>
            <translation>Skönnunin mistókst</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="298" />
            <source>%Ln group(s) of possible duplicates</source>
            <translation>
                <numerusform>%Ln hópur mögulegra tvítekninga</numerusform>
                <numerusform>%Ln hópar mögulegra tvítekninga</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="322" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="323" />
            <source>Card</source>
            <translation>Spjald</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="324" />
            <source>Marked</source>
            <translation>Merkt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="329" />
            <source>Not Duplicates</source>
            <translation>Ekki tvítekningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="330" />
            <source>No pairs are marked</source>
            <translation>Engin pör eru merkt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="331" />
            <source>Cards you mark as not duplicates in the Duplicates view are listed here.</source>
            <translation>Spjöld sem þú merkir sem ekki tvítekningar í tvítekningaskjánum eru talin upp hér.</translation>
        </message>
    </context>
    <context>
        <name>EntryLabel</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="147" />
            <source>work</source>
            <translation>vinna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="148" />
            <source>home</source>
            <translation>heima</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="149" />
            <source>mobile</source>
            <translation>farsími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="150" />
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="151" />
            <source>other</source>
            <translation>annað</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="375" />
            <source>Preferred: use this one first</source>
            <translation>Aðal: nota þetta fyrst</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="380" />
            <source>Move up (Alt+Up)</source>
            <translation>Færa upp (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="384" />
            <source>Move down (Alt+Down)</source>
            <translation>Færa niður (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="388" />
            <source>Remove</source>
            <translation>Fjarlægja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="470" />
            <source>name@example.com</source>
            <translation>nafn@example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="471" />
            <source>Phone number</source>
            <translation>Símanúmer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="472" />
            <source>www.example.com</source>
            <translation>www.example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="473" />
            <source>User name or number</source>
            <translation>Notandanafn eða númer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="488" />
            <source>Network or messenger</source>
            <translation>Net eða spjallforrit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="491" />
            <source>Network</source>
            <translation>Net</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="467" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation>{path} var skrifuð af nýrri útgáfu af Cardfile (skema {found}); þessi útgáfa skilur skema {supported} og breytir henni ekki. Settu upp nýrri Cardfile til að opna hana.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="472" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation>{path} er skemmd eða ekki Cardfile-gagnagrunnur ({detail}). Henni var ekki breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="473" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation>{path} er SQLite-gagnagrunnur annars forrits, ekki Cardfile-gagnagrunnur. Honum var ekki breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="476" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation>{path} er læst af öðru forriti eða öðrum Cardfile-glugga; reyndu aftur þegar því er lokið. Engu var breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="481" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation>Ekki tókst að opna {path}: {detail}. Engu var breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="482" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation>Hægt er að lesa {path} en ekki breyta henni hér ({detail}). Engu var breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="483" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation>Athugun leiddi í ljós að {path} er skemmd ({checked_at}: {problem}); Cardfile sýnir hana en breytir henni ekki. Endurheimtu öryggisafrit (cardfile db restore FILE) eða gerðu við hana (cardfile db repair). Engu var breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="488" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation>Diskurinn sem geymir {path} er fullur; síðasta breytingin var ekki vistuð. Losaðu pláss og reyndu aftur.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="491" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation>Ekki tókst að taka öryggisafrit af {path} í {target}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="492" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation>Sjálfvirka öryggisafritið af {path} var ekki tekið í dag ({detail}); ekkert annað varð fyrir áhrifum og Cardfile reynir aftur innan klukkustundar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="497" />
            <source>There is nothing to undo</source>
            <translation>Það er ekkert til að afturkalla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="498" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation>Aðeins {owner} má breyta eiganda þessarar færslu ({record_type}) eða því hvort hún er einkafærsla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="499" />
            <source>No {record_type} with id {record_id}</source>
            <translation>Engin færsla ({record_type}) með auðkennið {record_id}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="500" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation>Samstilling hefur engan þjón enn: veldu einn í Samstilling ▸ Samstillingarstillingar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="501" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation>Ekki næst í samstillingarþjóninn {server}: {detail}. Breytingarnar þínar eru geymdar og samstillast síðar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="504" />
            <source>The sync server {server} refused: {detail}</source>
            <translation>Samstillingarþjónninn {server} hafnaði: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="505" />
            <source>A sync of this database is running already.</source>
            <translation>Samstilling þessa gagnagrunns er þegar í gangi.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="506" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation>Ekki tókst að samstilla við {server}: {detail}. Engu var breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="507" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation>Skrá inn á {server} sem {user}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="508" />
            <source>There is no exchange rate from {source} to {target} yet: enter one in Exchange Rates…</source>
            <translation>Ekkert gengi er enn til frá {source} til {target}: sláðu það inn í Gengi…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="511" />
            <source>No TrueType or OpenType font was found on this computer (looked in {folders}); install one (for example DejaVu Sans or Noto Sans) to make PDF reports.</source>
            <translation>Ekkert TrueType- eða OpenType-letur fannst á þessari tölvu (leitað í {folders}); settu eitt upp (til dæmis DejaVu Sans eða Noto Sans) til að búa til PDF-skýrslur.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="516" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation>Samstillingin var stöðvuð. Það sem þjónninn hafði staðfest er geymt; afgangurinn er sendur við næstu samstillingu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="519" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation>Enginn dálkur geymir nöfn fólks og {column!r} geymir fyrirtæki þess: hver manneskja yrði sýnd undir nafni fyrirtækisins. Varpaðu dálkinum með nöfnunum á nafnareit, eða flyttu inn eins og er.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="524" />
            <source>Cannot merge {record}: {why}</source>
            <translation>Ekki tókst að sameina {record}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="525" />
            <source>Cannot unmerge {record}: {why}</source>
            <translation>Ekki tókst að afturkalla sameiningu {record}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="526" />
            <source>This card was merged into another; Unmerge in Lookup ▸ Merge History brings it back.</source>
            <translation>Þetta spjald var sameinað öðru; Afturkalla sameiningu í Uppfletting ▸ Sameiningarsaga færir það aftur.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="529" />
            <source>Cardfile did not send your password to {server}: the address starts with http://, so anyone on the network could read it. Use the server's https:// address, or tick “Send my password without encryption” in Sync Settings.</source>
            <translation>Cardfile sendi ekki lykilorðið þitt til {server}: slóðin byrjar á http://, svo hver sem er á netinu gæti lesið það. Notaðu https://-slóð þjónsins, eða hakaðu við „Senda lykilorðið mitt án dulkóðunar“ í Stillingum samstillingar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="535" />
            <source>Only {owner} or an administrator may erase this {record_type} for good; it stays in the Trash</source>
            <translation>Aðeins {owner} eða stjórnandi má eyða þessari færslu ({record_type}) varanlega; hún verður áfram í ruslakörfunni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="538" />
            <source>No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. Choose the field of the column that holds them.</source>
            <translation>Engum dálki er varpað á nafn, fyrirtæki eða netfang, svo ekkert myndi greina tengiliðina í sundur. Veldu reitinn fyrir dálkinn sem geymir þau.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="543" />
            <source>{file} is not a vCard file ({detail}); nothing was imported.</source>
            <translation>{file} er ekki vCard-skrá ({detail}); ekkert var flutt inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="544" />
            <source>{file} is not an iCalendar file ({detail}); nothing was imported.</source>
            <translation>{file} er ekki iCalendar-skrá ({detail}); ekkert var flutt inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="545" />
            <source>{file} is not a CSV file of contacts ({detail}); nothing was imported.</source>
            <translation>{file} er ekki CSV-skrá með tengiliðum ({detail}); ekkert var flutt inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="546" />
            <source>Cannot read {file}: {detail}. Nothing was imported.</source>
            <translation>Ekki tókst að lesa {file}: {detail}. Ekkert var flutt inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="547" />
            <source>There are no .vcf or .vcard files in {folder}; nothing was imported.</source>
            <translation>Í {folder} eru engar .vcf- eða .vcard-skrár; ekkert var flutt inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="548" />
            <source>Cannot write {target}: {detail}. Nothing was exported.</source>
            <translation>Ekki tókst að skrifa {target}: {detail}. Ekkert var flutt út.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="549" />
            <source>{file} is not a Google Contacts, Outlook or Cardfile export and its columns {columns} could not be matched to fields; choose which column holds which field. Nothing was imported.</source>
            <translation>{file} er hvorki útflutningur úr Google Contacts, Outlook né Cardfile og ekki tókst að para dálkana {columns} við reiti; veldu hvaða dálkur geymir hvaða reit. Ekkert var flutt inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="554" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation>Engin lyklakippa er tiltæk á þessari tölvu, svo ekki er hægt að muna innskráninguna í samstillingu: Cardfile biður aftur um lykilorðið eftir hverja ræsingu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="559" />
            <source>“{what}” matches several records: {candidates}. Choose one of them.</source>
            <translation>„{what}“ passar við fleiri en eina færslu: {candidates}. Veldu eina þeirra.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="560" />
            <source>This was changed elsewhere in the meantime; look at it again and repeat the change.</source>
            <translation>Þessu var breytt annars staðar á meðan; skoðaðu það aftur og gerðu breytinguna á ný.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="597" />
            <source>Cardfile could not do this ({code}).</source>
            <translation>Cardfile gat ekki gert þetta ({code}).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="611" />
            <location filename="../../src/cardfile/ui/words.py" line="797" />
            <source>Cardfile ran into an error of its own; the error report tells what happened.</source>
            <translation>Cardfile lenti í eigin villu; villuskýrslan segir hvað gerðist.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="619" />
            <source>there is no such file or folder</source>
            <translation>sú skrá eða mappa er ekki til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="620" />
            <location filename="../../src/cardfile/ui/words.py" line="621" />
            <source>you do not have permission to use it</source>
            <translation>þú hefur ekki heimild til að nota hana</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="622" />
            <source>the disk is full</source>
            <translation>diskurinn er fullur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="623" />
            <source>your disk quota is used up</source>
            <translation>diskkvótinn þinn er uppurinn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="624" />
            <source>the disk can only be read, not written</source>
            <translation>aðeins er hægt að lesa af diskinum, ekki skrifa á hann</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="625" />
            <source>it is a folder, not a file</source>
            <translation>þetta er mappa, ekki skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="626" />
            <source>a part of the path is not a folder</source>
            <translation>hluti slóðarinnar er ekki mappa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="627" />
            <source>it exists already</source>
            <translation>hún er þegar til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="628" />
            <source>the name is too long</source>
            <translation>nafnið er of langt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="629" />
            <location filename="../../src/cardfile/ui/words.py" line="630" />
            <source>another program is using it</source>
            <translation>annað forrit er að nota hana</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="631" />
            <source>the disk could not be read or written (an input/output error)</source>
            <translation>ekki tókst að lesa af diskinum eða skrifa á hann (inntaks-/úttaksvilla)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="632" />
            <location filename="../../src/cardfile/ui/words.py" line="633" />
            <source>too many files are open</source>
            <translation>of margar skrár eru opnar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="634" />
            <source>the file is too large</source>
            <translation>skráin er of stór</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="635" />
            <source>the folder is not empty</source>
            <translation>mappan er ekki tóm</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="636" />
            <source>its path goes round in a circle of links</source>
            <translation>slóðin fer í hring um tengla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="637" />
            <source>the name cannot be used here</source>
            <translation>ekki er hægt að nota nafnið hér</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="638" />
            <location filename="../../src/cardfile/ui/words.py" line="639" />
            <source>the disk or device is not there</source>
            <translation>diskurinn eða tækið er ekki tengt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="640" />
            <source>the connection was refused</source>
            <translation>tengingunni var hafnað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="641" />
            <source>the connection was broken off</source>
            <translation>tengingin rofnaði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="642" />
            <source>there was no answer in time</source>
            <translation>ekkert svar barst í tæka tíð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="643" />
            <location filename="../../src/cardfile/ui/words.py" line="644" />
            <source>the network cannot reach it</source>
            <translation>netið nær ekki þangað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="647" />
            <source>the system refused (error {number})</source>
            <translation>kerfið hafnaði (villa {number})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="657" />
            <source>Cannot use {file}: {problem}.</source>
            <translation>Ekki er hægt að nota {file}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="658" />
            <source>The computer refused: {problem}.</source>
            <translation>Tölvan hafnaði: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="667" />
            <source>it needs an upgrade to schema {schema} first, which writes to it</source>
            <translation>fyrst þarf að uppfæra hann í gagnaskipan {schema}, sem skrifar í hann</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="671" />
            <source>its contents are damaged</source>
            <translation>innihald hans er skemmt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="672" />
            <source>its pages are damaged, which only a backup puts right</source>
            <translation>síður hans eru skemmdar og aðeins afrit getur lagað það</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="673" />
            <source>its compressed copy is damaged</source>
            <translation>þjappaða afritið er skemmt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="674" />
            <source>it is not an SQLite database file</source>
            <translation>þetta er ekki SQLite-gagnagrunnsskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="675" />
            <source>SQLite cannot open it</source>
            <translation>SQLite getur ekki opnað hann</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="676" />
            <source>it can only be read</source>
            <translation>aðeins er hægt að lesa hann</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="678" />
            <source>the file is read-only for this user</source>
            <translation>skráin er aðeins til lestrar fyrir þennan notanda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="679" />
            <source>its folder is read-only for this user</source>
            <translation>mappan hans er aðeins til lestrar fyrir þennan notanda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="690" />
            <source>only {free} free on its disk for a copy of {needed}</source>
            <translation>aðeins {free} laus á diskinum fyrir afrit sem þarf {needed}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="699" />
            <source>it is empty</source>
            <translation>hún er tóm</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="700" />
            <source>it holds binary data</source>
            <translation>hún geymir tvíundargögn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="701" />
            <source>it has no header row</source>
            <translation>hana vantar fyrirsagnalínu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="702" />
            <source>it is a vCard file</source>
            <translation>hún er vCard-skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="703" />
            <source>it does not begin as one</source>
            <translation>hún byrjar ekki eins og slík skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="704" />
            <source>there is no such file</source>
            <translation>sú skrá er ekki til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="715" />
            <source>The column “{column}” cannot be mapped to “{target}”: that field takes no label or part.</source>
            <translation>Ekki er hægt að tengja dálkinn „{column}“ við „{target}“: sá reitur tekur hvorki merki né hluta.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="719" />
            <source>The column “{column}” cannot be mapped to “{target}”: the field's parts are {parts}.</source>
            <translation>Ekki er hægt að tengja dálkinn „{column}“ við „{target}“: hlutar reitsins eru {parts}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="721" />
            <source>The column “{column}” cannot be mapped to “{target}”: that is not a field's name.</source>
            <translation>Ekki er hægt að tengja dálkinn „{column}“ við „{target}“: það er ekki heiti á reit.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="723" />
            <source>The column “{column}” cannot be mapped to “{target}”: there is no such field.</source>
            <translation>Ekki er hægt að tengja dálkinn „{column}“ við „{target}“: sá reitur er ekki til.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="738" />
            <source>The stage “{stage}” holds %Ln deal(s); choose the stage they move to: {stages}.</source>
            <translation>
                <numerusform>Í stiginu „{stage}“ er %Ln sölutækifæri; veldu stigið sem það á að fara í: {stages}.</numerusform>
                <numerusform>Í stiginu „{stage}“ eru %Ln sölutækifæri; veldu stigið sem þau eiga að fara í: {stages}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="741" />
            <source>The pipeline “{pipeline}” holds %Ln deal(s); choose a stage of another pipeline for them.</source>
            <translation>
                <numerusform>Í söluferlinu „{pipeline}“ er %Ln sölutækifæri; veldu því stig í öðru söluferli.</numerusform>
                <numerusform>Í söluferlinu „{pipeline}“ eru %Ln sölutækifæri; veldu þeim stig í öðru söluferli.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A stage needs a name.</source>
            <translation>Stig þarf að hafa heiti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A pipeline needs a name.</source>
            <translation>Söluferli þarf að hafa heiti.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="768" />
            <source>A name can be at most %Ln character(s) long.</source>
            <translation>
                <numerusform>Heiti má vera í mesta lagi %Ln stafur.</numerusform>
                <numerusform>Heiti má vera í mesta lagi %Ln stafir.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="772" />
            <source>The pipeline “{pipeline}” already has a stage named “{name}”.</source>
            <translation>Söluferlið „{pipeline}“ er þegar með stig sem heitir „{name}“.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="775" />
            <source>There is already a pipeline named “{name}”.</source>
            <translation>Það er þegar til söluferli sem heitir „{name}“.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="777" />
            <source>{stage}: a probability is a whole number from 0 to 100.</source>
            <translation>{stage}: líkur eru heil tala frá 0 til 100.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="781" />
            <source>“{stage}” is the only stage of “{pipeline}”; a pipeline keeps at least one.</source>
            <translation>„{stage}“ er eina stigið í „{pipeline}“; söluferli heldur að minnsta kosti einu stigi.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="784" />
            <source>“{pipeline}” is the only pipeline; add another before removing it.</source>
            <translation>„{pipeline}“ er eina söluferlið; bættu öðru við áður en þú fjarlægir það.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="801" />
            <source>%Ln new contact(s)</source>
            <translation>
                <numerusform>%Ln nýr tengiliður</numerusform>
                <numerusform>%Ln nýir tengiliðir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="803" />
            <source>%Ln new company(ies)</source>
            <translation>
                <numerusform>%Ln nýtt fyrirtæki</numerusform>
                <numerusform>%Ln ný fyrirtæki</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="805" />
            <source>%Ln changed record(s)</source>
            <translation>
                <numerusform>%Ln breytt færsla</numerusform>
                <numerusform>%Ln breyttar færslur</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="806" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation>Innflutningurinn stöðvaðist í miðjum klíðum. {cause} Það sem hann hafði skrifað áður varð eftir í gagnagrunninum: {kept}. Þegar vandinn er leystur tekur Breyta ▸ Afturkalla það allt til baka í einu skrefi.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="810" />
            <source>the batches it had written</source>
            <translation>lotunum sem hann hafði skrifað</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="69" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Contacts</source>
            <translation>Flytja út tengiliði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="84" />
            <source>All contacts and companies</source>
            <translation>Allir tengiliðir og fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="86" />
            <source>The selected records ({count})</source>
            <translation>Valdar færslur ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="88" />
            <source>A group</source>
            <translation>Hópur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>A saved lookup</source>
            <translation>Vistuð uppfletting</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="93" />
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="102" />
            <source>vCard 3.0 (most compatible)</source>
            <translation>vCard 3.0 (samhæfast)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="103" />
            <source>vCard 4.0</source>
            <translation>vCard 4.0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="104" />
            <source>CSV (spreadsheet)</source>
            <translation>CSV (töflureiknir)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="105" />
            <source>iCalendar (.ics): activities, for calendar programs</source>
            <translation>iCalendar (.ics): verkþættir, fyrir dagatalsforrit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>All activities</source>
            <translation>Allir verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="109" />
            <source>Those in a date range</source>
            <translation>Þeir sem eru á tímabili</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>{name}'s activities</source>
            <translation>Verkþættir: {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>A person's activities</source>
            <translation>Verkþættir manneskju</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="114" />
            <source>The selected activities ({count})</source>
            <translation>Valdir verkþættir ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="131" />
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="137" />
            <source>One file</source>
            <translation>Ein skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="140" />
            <source>One file per contact, in a folder</source>
            <translation>Ein skrá fyrir hvern tengilið, í möppu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="144" />
            <source>Where to write</source>
            <translation>Hvert á að skrifa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="147" />
            <source>Choose…</source>
            <translation>Velja…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="154" />
            <source>Export:</source>
            <translation>Flytja út:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="155" />
            <source>Group:</source>
            <translation>Hópur:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="156" />
            <source>Lookup:</source>
            <translation>Uppfletting:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="157" />
            <source>Format:</source>
            <translation>Snið:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="158" />
            <source>Activities:</source>
            <translation>Verkþættir:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="159" />
            <source>From:</source>
            <translation>Frá:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="160" />
            <source>Write:</source>
            <translation>Skrifa:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="162" />
            <source>Destination:</source>
            <translation>Áfangastaður:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="172" />
            <source>Export</source>
            <translation>Flytja út</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Activities</source>
            <translation>Flytja út verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="248" />
            <source>Export into Folder</source>
            <translation>Flytja út í möppu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-skrár (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Calendar files (*.ics)</source>
            <translation>Dagatalsskrár (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="253" />
            <source>vCard files (*.vcf)</source>
            <translation>vCard-skrár (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="255" />
            <source>Export to File</source>
            <translation>Flytja út í skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="292" />
            <source>{done} of {total} exported</source>
            <translation>{done} af {total} flutt út</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="312" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="348" />
            <source>Exporting…</source>
            <translation>Flytur út…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="315" />
            <source>Exporting contacts</source>
            <translation>Flytur út tengiliði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="351" />
            <source>Exporting activities</source>
            <translation>Flytur út verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="365" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation>Hætt var við útflutninginn; ekkert var skilið eftir.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="368" />
            <source>Exported %Ln record(s) to {target}.</source>
            <translation>
                <numerusform>%Ln færsla flutt út í {target}.</numerusform>
                <numerusform>%Ln færslur fluttar út í {target}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="372" />
            <source>Close</source>
            <translation>Loka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="383" />
            <source>Cancelling…</source>
            <translation>Hættir við…</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="255" />
            <source>Prefix</source>
            <translation>Forskeyti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="256" />
            <source>Given name</source>
            <translation>Fornafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="257" />
            <source>Middle name</source>
            <translation>Millinafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="258" />
            <source>Family name</source>
            <translation>Eftirnafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="259" />
            <source>Suffix</source>
            <translation>Viðskeyti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="260" />
            <source>Nickname</source>
            <translation>Gælunafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="261" />
            <location filename="../../src/cardfile/ui/words.py" line="262" />
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="263" />
            <source>Given name (phonetic)</source>
            <translation>Fornafn (hljóðritað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="264" />
            <source>Middle name (phonetic)</source>
            <translation>Millinafn (hljóðritað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="265" />
            <source>Family name (phonetic)</source>
            <translation>Eftirnafn (hljóðritað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="266" />
            <source>Title</source>
            <translation>Starfsheiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="267" />
            <source>Department</source>
            <translation>Deild</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="268" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="269" />
            <source>Parent company</source>
            <translation>Móðurfyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="270" />
            <source>Industry</source>
            <translation>Atvinnugrein</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="271" />
            <source>Website</source>
            <translation>Vefsíða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="272" />
            <source>Birthday</source>
            <translation>Afmælisdagur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="273" />
            <source>Anniversary</source>
            <translation>Brúðkaupsafmæli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="274" />
            <source>Photo</source>
            <translation>Mynd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="275" />
            <source>Logo</source>
            <translation>Merki fyrirtækis</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="276" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="277" />
            <source>Tags</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="278" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="279" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="280" />
            <source>Address</source>
            <translation>Heimilisfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="281" />
            <source>Web</source>
            <translation>Vefur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="282" />
            <source>Messaging</source>
            <translation>Skilaboð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="283" />
            <source>Dates</source>
            <translation>Dagsetningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="284" />
            <source>Custom fields</source>
            <translation>Sérsniðnir reitir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>Owner</source>
            <translation>Eigandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="286" />
            <source>Private</source>
            <translation>Einka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>Trash</source>
            <translation>Ruslakarfa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="289" />
            <source>Other vCard properties</source>
            <translation>Aðrir vCard-eiginleikar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="291" />
            <source>Type</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="292" />
            <source>Subject</source>
            <translation>Efni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="293" />
            <source>Details</source>
            <translation>Nánar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="294" />
            <source>Starts</source>
            <translation>Hefst</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="295" />
            <source>Ends</source>
            <translation>Lýkur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="296" />
            <source>Any time that day</source>
            <translation>Hvenær sem er þann dag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="297" />
            <source>All day</source>
            <translation>Allan daginn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="298" />
            <source>Time zone</source>
            <translation>Tímabelti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="299" />
            <source>Priority</source>
            <translation>Forgangur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="300" />
            <source>Status</source>
            <translation>Staða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="301" />
            <source>Result</source>
            <translation>Niðurstaða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="302" />
            <source>Outcome</source>
            <translation>Niðurstaða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="303" />
            <source>Happened</source>
            <translation>Átti sér stað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="304" />
            <source>Cleared</source>
            <translation>Lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="305" />
            <source>Alarm</source>
            <translation>Áminning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="306" />
            <source>Alarm snoozed until</source>
            <translation>Áminning blunduð til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="307" />
            <source>Alarm dismissed</source>
            <translation>Áminningu hafnað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="308" />
            <source>Repeats</source>
            <translation>Endurtekur sig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="309" />
            <source>Deal</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="310" />
            <source>Series</source>
            <translation>Röð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="311" />
            <source>Occurrence</source>
            <translation>Tilvik</translation>
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
            <translation>Endurnefna reit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>New Field</source>
            <translation>Nýr reitur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="147" />
            <source>One choice per line</source>
            <translation>Einn valkostur í hverri línu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="150" />
            <source>&amp;Choices:</source>
            <translation>&amp;Valkostir:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="163" />
            <source>&amp;Name:</source>
            <translation>&amp;Heiti:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="164" />
            <source>&amp;Type:</source>
            <translation>&amp;Tegund:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="165" />
            <source>&amp;Used for:</source>
            <translation>&amp;Notað fyrir:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="231" />
            <source>Any tag</source>
            <translation>Hvaða merki sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="232" />
            <source>Any group</source>
            <translation>Hvaða hópur sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="233" />
            <source>No lookup</source>
            <translation>Engin uppfletting</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="244" />
            <source>&amp;Tag:</source>
            <translation>&amp;Merki:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="245" />
            <source>&amp;Group:</source>
            <translation>&amp;Hópur:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="246" />
            <source>&amp;Lookup:</source>
            <translation>&amp;Uppfletting:</translation>
        </message>
    </context>
    <context>
        <name>Forecast</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="113" />
            <source>Period</source>
            <translation>Tímabil</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="114" />
            <source>Owner</source>
            <translation>Eigandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="115" />
            <source>Currency</source>
            <translation>Gjaldmiðill</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="116" />
            <source>Open deals</source>
            <translation>Opin sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="117" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="490" />
            <source>Total</source>
            <translation>Samtals</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="118" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="485" />
            <source>Weighted</source>
            <translation>Vegið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="119" />
            <source>Won deals</source>
            <translation>Unnin sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="120" />
            <source>Won</source>
            <translation>Unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="166" />
            <source>Everyone</source>
            <translation>Allir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="168" />
            <source>{currency} (converted)</source>
            <translation>{currency} (umreiknað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="205" />
            <source>Exchange Rates</source>
            <translation>Gengi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="210" />
            <source>Totals in {target} are worked out at these rates. Enter the rates you use; they are kept with this database.</source>
            <translation>Heildartölur í {target} eru reiknaðar á þessu gengi. Sláðu inn gengið sem þú notar; það er geymt með þessum gagnagrunni.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="224" />
            <source>rate</source>
            <translation>gengi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="229" />
            <source>1 {currency} =</source>
            <translation>1 {currency} =</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="249" />
            <source>1 {currency} = {typed} {target}: a rate is a positive number, such as {example}.</source>
            <translation>1 {currency} = {typed} {target}: gengi er jákvæð tala, t.d. {example}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="280" />
            <source>By month</source>
            <translation>Eftir mánuðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="281" />
            <source>By quarter</source>
            <translation>Eftir ársfjórðungum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="284" />
            <source>Everyone together</source>
            <translation>Allir saman</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="285" />
            <source>Per owner</source>
            <translation>Eftir eiganda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="288" />
            <source>Add every currency up in one, at exchange rates you enter</source>
            <translation>Leggja alla gjaldmiðla saman í einn, á gengi sem þú slærð inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="289" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="416" />
            <source>Each currency apart</source>
            <translation>Hver gjaldmiðill sér</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="290" />
            <source>Exchange &amp;Rates…</source>
            <translation>&amp;Gengi…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="305" />
            <source>The currency the chart shows</source>
            <translation>Gjaldmiðillinn sem grafið sýnir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="402" />
            <source>(Exchange Rates…)</source>
            <translation>(Gengi…)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="418" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="425" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="538" />
            <source>All in {currency}</source>
            <translation>Allt í {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="437" />
            <source>Lines marked “converted” add every currency up in {target} at the exchange rates you entered: {rates}.</source>
            <translation>Línur merktar „umreiknað“ leggja alla gjaldmiðla saman í {target} á genginu sem þú slóst inn: {rates}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="440" />
            <source>none needed</source>
            <translation>ekkert þarf</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="444" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won. Each currency has its own lines: nothing is added across currencies.</source>
            <translation>Opin sölutækifæri teljast á tímabili áætlaðrar lokadagsetningar, vegin með líkum sínum; unnin sölutækifæri á tímabilinu sem þau unnust. Hver gjaldmiðill hefur sínar eigin línur: ekkert er lagt saman milli gjaldmiðla.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 12 months, in</source>
            <translation>Næstu 12 mánuðir, í</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 8 quarters, in</source>
            <translation>Næstu 8 ársfjórðungar, í</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="487" />
            <source>weighted</source>
            <translation>vegið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="492" />
            <source>total</source>
            <translation>samtals</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="515" />
            <source>{period}, {owner}</source>
            <translation>{period}, {owner}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="555" />
            <source>{period}: {amount} {what}, %Ln open deal(s)</source>
            <translation>
                <numerusform>{period}: {amount} {what}, %Ln opið sölutækifæri</numerusform>
                <numerusform>{period}: {amount} {what}, %Ln opin sölutækifæri</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="107" />
            <source>Add to Group</source>
            <translation>Bæta í hóp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="109" />
            <source>Group, or the name of a new one</source>
            <translation>Hópur, eða heiti nýs hóps</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="118" />
            <source>A new group “{name}” will be made.</source>
            <translation>Nýr hópur „{name}“ verður búinn til.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="102" />
            <source>Window</source>
            <translation>Gluggi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="126" />
            <source>Keyboard Shortcuts</source>
            <translation>Flýtilyklar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Where</source>
            <translation>Hvar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>What it does</source>
            <translation>Hvað það gerir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Keys</source>
            <translation>Lyklar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="144" />
            <source>In a text field, the usual editing keys (Ctrl+C, Ctrl+Z …) work on the text.</source>
            <translation>Í textareit virka venjulegu breytingarlyklarnir (Ctrl+C, Ctrl+Z …) á textann.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="185" />
            <source>Cardfile User Guide</source>
            <translation>Notendahandbók Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="195" />
            <source>The user guide is missing from this installation of Cardfile.</source>
            <translation>Notendahandbókina vantar í þessa uppsetningu á Cardfile.</translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="46" />
            <source>the email address is not valid</source>
            <translation>netfangið er ekki gilt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="47" />
            <source>the phone number holds no digit</source>
            <translation>símanúmerið inniheldur engan tölustaf</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="48" />
            <source>the web address is not valid</source>
            <translation>veffangið er ekki gilt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="49" />
            <source>the handle is not valid</source>
            <translation>notandanafnið er ekki gilt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="50" />
            <source>the date is not a real date</source>
            <translation>dagsetningin er ekki til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="51" />
            <source>the address is not valid</source>
            <translation>heimilisfangið er ekki gilt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="52" />
            <source>the value is not valid</source>
            <translation>gildið er ekki gilt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="57" />
            <source>the same vCard UID</source>
            <translation>sama vCard-UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="58" />
            <source>the same email address</source>
            <translation>sama netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="59" />
            <source>the same phone number</source>
            <translation>sama símanúmer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="60" />
            <source>the same name and company</source>
            <translation>sama nafn og fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="70" />
            <source>the card has no BEGIN:VCARD line</source>
            <translation>spjaldið hefur enga BEGIN:VCARD-línu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="71" />
            <source>the card is not closed: the file ends before END:VCARD</source>
            <translation>spjaldinu er ekki lokað: skráin endar á undan END:VCARD</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="72" />
            <source>the card is not closed: END:VCARD is missing before line {line}</source>
            <translation>spjaldinu er ekki lokað: END:VCARD vantar á undan línu {line}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="75" />
            <source>the card is larger than {mb} MB</source>
            <translation>spjaldið er stærra en {mb} MB</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="76" />
            <source>the lines after the last card are not a card</source>
            <translation>línurnar á eftir síðasta spjaldinu eru ekki spjald</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="78" />
            <source>the card is empty: it holds no name, address, date, note, photo or any other value</source>
            <translation>spjaldið er tómt: á því er ekkert nafn, heimilisfang, dagsetning, athugasemd, mynd eða annað gildi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="79" />
            <source>the card is a vCard of kind “{kind}”, not a person or an organization</source>
            <translation>spjaldið er vCard af gerðinni „{kind}“, ekki manneskja eða fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="82" />
            <source>the card could not be read: its text is damaged or in an unknown encoding</source>
            <translation>ekki tókst að lesa spjaldið: textinn er skemmdur eða í óþekktri stafakóðun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="84" />
            <source>the line is not a vCard property and was skipped</source>
            <translation>línan er ekki vCard-eigind og var sleppt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="85" />
            <source>the name (N) has more than five parts; the rest were ignored</source>
            <translation>nafnið (N) hefur fleiri en fimm hluta; hinum var sleppt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="86" />
            <source>{property} “{value}” is not a date; it was kept as an extra vCard property</source>
            <translation>{property} „{value}“ er ekki dagsetning; það var geymt sem auka vCard-eigind</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="89" />
            <source>the picture ({property}) could not be read; it was kept as an extra vCard property</source>
            <translation>ekki tókst að lesa myndina ({property}); hún var geymd sem auka vCard-eigind</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="92" />
            <source>{problem}; it was kept as an extra vCard property</source>
            <translation>{problem}; það var geymt sem auka vCard-eigind</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="96" />
            <source>{header}: {problem}; it was kept in the note</source>
            <translation>{header}: {problem}; það var geymt í athugasemdinni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="99" />
            <source>the row is empty: every value it holds is left out</source>
            <translation>línan er tóm: öllum gildum hennar er sleppt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="101" />
            <source>the {block} is incomplete (no END:{block})</source>
            <translation>{block} er ófullgert (ekkert END:{block})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="102" />
            <source>the event has no start (DTSTART)</source>
            <translation>viðburðurinn hefur engan upphafstíma (DTSTART)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="103" />
            <source>line {line}: the end is a date and the start a time, or the other way round</source>
            <translation>lína {line}: lokin eru dagsetning en upphafið tími, eða öfugt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="106" />
            <source>line {line}: it ends before it starts</source>
            <translation>lína {line}: það endar áður en það byrjar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="107" />
            <source>line {line}: a repeating item needs a start</source>
            <translation>lína {line}: endurtekið atriði þarf upphafstíma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="108" />
            <source>line {line}: Cardfile cannot use this repeat rule (RRULE)</source>
            <translation>lína {line}: Cardfile getur ekki notað þessa endurtekningarreglu (RRULE)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="109" />
            <source>line {line}: {property} “{value}” is not a date or time</source>
            <translation>lína {line}: {property} „{value}“ er hvorki dagsetning né tími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="112" />
            <source>line {line}: unknown time zone “{zone}”</source>
            <translation>lína {line}: óþekkt tímabelti „{zone}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="113" />
            <source>line {line}: {property} “{value}” is not a duration</source>
            <translation>lína {line}: {property} „{value}“ er ekki tímalengd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="116" />
            <source>it has no UID: importing it again will make a second copy</source>
            <translation>það hefur ekkert UID: ef það er flutt inn aftur verður til annað eintak</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/problems.py" line="117" />
            <source>line {line}: an alarm %Ln minute(s) ahead is kept as 30 days ahead</source>
            <translation>
                <numerusform>lína {line}: áminning %Ln mínútu fyrir er geymd sem 30 dögum fyrir</numerusform>
                <numerusform>lína {line}: áminning %Ln mínútum fyrir er geymd sem 30 dögum fyrir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="121" />
            <source>skipped as chosen</source>
            <translation>sleppt að eigin vali</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="122" />
            <source>the same person as a contact already there ({matched})</source>
            <translation>sama manneskja og tengiliður sem er þegar til ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="125" />
            <source>the same company as one already there ({matched})</source>
            <translation>sama fyrirtæki og eitt sem er þegar til ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="128" />
            <source>line {line}: {problem}</source>
            <translation>lína {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="43" />
            <source>Check the events and to-dos</source>
            <translation>Yfirfara viðburði og verkefni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Subject</source>
            <translation>Efni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>When</source>
            <translation>Hvenær</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Repeats</source>
            <translation>Endurtekur sig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Already imported</source>
            <translation>Þegar flutt inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="56" />
            <source>Update them from the file</source>
            <translation>Uppfæra þau úr skránni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="57" />
            <source>Leave them as they are</source>
            <translation>Láta þau vera eins og þau eru</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="59" />
            <source>Items imported before:</source>
            <translation>Atriði sem voru flutt inn áður:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="75" />
            <source>(line {line})</source>
            <translation>(lína {line})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="78" />
            <source>no date</source>
            <translation>engin dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>repeats</source>
            <translation>endurtekur sig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>one occurrence</source>
            <translation>eitt tilvik</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>(no subject)</source>
            <translation>(ekkert efni)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>yes</source>
            <translation>já</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="89" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="174" />
            <source>Line {line} of {file}: {reason}</source>
            <translation>Lína {line} í {file}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="100" />
            <source>{files}: the first %Ln item(s), {known} imported before, {rejected} not importable.</source>
            <translation>
                <numerusform>{files}: fyrsta %Ln atriðið, {known} flutt inn áður, {rejected} ekki hægt að flytja inn.</numerusform>
                <numerusform>{files}: fyrstu %Ln atriðin, {known} flutt inn áður, {rejected} ekki hægt að flytja inn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="103" />
            <source>Items after these are imported too.</source>
            <translation>Atriði á eftir þessum eru líka flutt inn.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="104" />
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln skrá</numerusform>
                <numerusform>%Ln skrár</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Import as new</source>
            <translation>Flytja inn sem nýtt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Update existing</source>
            <translation>Uppfæra fyrirliggjandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Skip</source>
            <translation>Sleppa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="81" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="185" />
            <source>(no name)</source>
            <translation>(ekkert nafn)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="86" />
            <source>(no title)</source>
            <translation>(enginn titill)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="91" />
            <source>same vCard UID</source>
            <translation>sama vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="92" />
            <source>same email</source>
            <translation>sama netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="93" />
            <source>same phone</source>
            <translation>sami sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="94" />
            <source>same name and company</source>
            <translation>sama nafn og fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Duplicate of</source>
            <translation>Tvítekning á</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Decision</source>
            <translation>Ákvörðun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="188" />
            <source>Line {line}: {reason}</source>
            <translation>Lína {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="195" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="198" />
            <source>Cannot import</source>
            <translation>Ekki hægt að flytja inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="285" />
            <source>Add the files to import with Add Files… or Add Folder…, or drop them here.</source>
            <translation>Bættu við skránum sem á að flytja inn með Bæta við skrám… eða Bæta við möppu…, eða slepptu þeim hér.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="296" />
            <source>Choose files to import</source>
            <translation>Veldu skrár til að flytja inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="298" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, CSV files, or calendar files (.ics) from Outlook, Google Calendar, Apple Calendar or Thunderbird.</source>
            <translation>vCard-skrár (.vcf, .vcard) úr símum, Outlook, Gmail eða Apple Contacts, CSV-skrár, eða dagatalsskrár (.ics) úr Outlook, Google Calendar, Apple Calendar eða Thunderbird.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="307" />
            <source>Add Files…</source>
            <translation>Bæta við skrám…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="309" />
            <source>Add Folder…</source>
            <translation>Bæta við möppu…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="311" />
            <source>Remove</source>
            <translation>Fjarlægja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="333" />
            <source>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what each column holds next.</source>
            <translation>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. CSV-skrá úr hvaða öðru forriti sem er virkar líka: þú velur næst hvað hver dálkur geymir.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="352" />
            <source>Contact files ({patterns})</source>
            <translation>Tengiliðaskrár ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="353" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-skrár (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="354" />
            <source>All files (*)</source>
            <translation>Allar skrár (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="358" />
            <source>Import Files</source>
            <translation>Flytja inn skrár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="363" />
            <source>Import a Folder</source>
            <translation>Flytja inn möppu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="392" />
            <source>Check the cards</source>
            <translation>Yfirfara spjöldin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="394" />
            <source>Choose what happens to each card that duplicates a contact already here.</source>
            <translation>Veldu hvað gerist við hvert spjald sem er tvítekning á tengilið sem er þegar hér.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="422" />
            <source>Other duplicates:</source>
            <translation>Aðrar tvítekningar:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="446" />
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln spjald</numerusform>
                <numerusform>%Ln spjöld</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="447" />
            <source>from %Ln file(s)</source>
            <translation>
                <numerusform>úr %Ln skrá</numerusform>
                <numerusform>úr %Ln skrám</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="449" />
            <source>{cards} {files}</source>
            <translation>{cards} {files}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="451" />
            <source>The first {cards} {files}</source>
            <translation>Fyrstu {cards} {files}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="452" />
            <source>%Ln duplicate(s)</source>
            <translation>
                <numerusform>%Ln tvítekning</numerusform>
                <numerusform>%Ln tvítekningar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="453" />
            <source>%Ln not importable</source>
            <translation>
                <numerusform>%Ln ekki hægt að flytja inn</numerusform>
                <numerusform>%Ln ekki hægt að flytja inn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="454" />
            <source>{what}: {found}.</source>
            <translation>{what}: {found}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="456" />
            <source>Cards after these are imported too; their duplicates follow the choice below.</source>
            <translation>Spjöld á eftir þessum eru líka flutt inn; tvítekningar þeirra fylgja valinu hér fyrir neðan.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="485" />
            <source>Importing</source>
            <translation>Flytur inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="486" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation>Hætta við tekur til baka allt sem þessi innflutningur skrifaði.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="487" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="500" />
            <source>Starting…</source>
            <translation>Byrjar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="521" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="553" />
            <source>Import finished</source>
            <translation>Innflutningi lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="522" />
            <source>What was imported, and each card that was not, with why.</source>
            <translation>Hvað var flutt inn, og hvert spjald sem var það ekki, með ástæðu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="526" />
            <source>Cards that were not imported or were skipped, and why:</source>
            <translation>Spjöld sem voru ekki flutt inn eða var sleppt, og hvers vegna:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>File</source>
            <translation>Skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Line</source>
            <translation>Lína</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Card</source>
            <translation>Spjald</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>What happened</source>
            <translation>Hvað gerðist</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Why</source>
            <translation>Ástæða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="550" />
            <source>Import cancelled</source>
            <translation>Hætt við innflutning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="551" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation>Hætt var við innflutninginn. Ekkert var flutt inn og engu var breytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="554" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation>{imported} flutt inn sem ný, {updated} uppfærð, {skipped} sleppt, {rejected} ekki flutt inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="563" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation>Breyta ▸ Afturkalla tekur allan innflutninginn til baka.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="565" />
            <source>Not imported</source>
            <translation>Ekki flutt inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="566" />
            <source>Skipped</source>
            <translation>Sleppt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="609" />
            <source>Import Contacts</source>
            <translation>Flytja inn tengiliði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="633" />
            <source>Import</source>
            <translation>Flytja inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="660" />
            <source>Import calendar files (.ics) apart from vCard and CSV files.</source>
            <translation>Flyttu inn dagatalsskrár (.ics) aðskildar frá vCard- og CSV-skrám.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="721" />
            <source>Importing calendar files</source>
            <translation>Flytur inn dagatalsskrár</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="741" />
            <source>%Ln card(s) read: {imported} new, {updated} updated</source>
            <translation>
                <numerusform>%Ln spjald lesið: {imported} ný, {updated} uppfærð</numerusform>
                <numerusform>%Ln spjöld lesin: {imported} ný, {updated} uppfærð</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="757" />
            <source>Importing contacts</source>
            <translation>Flytur inn tengiliði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="767" />
            <source>Cancelling: taking back what was imported…</source>
            <translation>Hættir við: tekur til baka það sem var flutt inn…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="784" />
            <source>Import failed</source>
            <translation>Innflutningur mistókst</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="786" />
            <source>Nothing was imported.</source>
            <translation>Ekkert var flutt inn.</translation>
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="156" />
            <source>Label: choose one or type your own</source>
            <translation>Merking: veldu eina eða skrifaðu þína eigin</translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="117" />
            <source>%Ln week(s)</source>
            <translation>
                <numerusform>%Ln vika</numerusform>
                <numerusform>%Ln vikur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="119" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln dagur</numerusform>
                <numerusform>%Ln dagar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="123" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} klst. {minutes} mín.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="125" />
            <source>{hours} h</source>
            <translation>{hours} klst.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="126" />
            <source>{minutes} min</source>
            <translation>{minutes} mín.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="132" />
            <source>No alarm</source>
            <translation>Engin áminning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="134" />
            <source>At the start</source>
            <translation>Í byrjun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="135" />
            <source>{length} before</source>
            <translation>{length} áður</translation>
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="524" />
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="525" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="526" />
            <source>Title</source>
            <translation>Starfsheiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="527" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="528" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="529" />
            <source>City</source>
            <translation>Bær/borg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="530" />
            <source>Industry</source>
            <translation>Atvinnugrein</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="531" />
            <source>Website</source>
            <translation>Vefsíða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="532" />
            <source>People</source>
            <translation>Starfsfólk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="533" />
            <source>File as</source>
            <translation>Raða sem</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="534" />
            <source>Tags</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="535" />
            <source>Updated</source>
            <translation>Uppfært</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="71" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="72" />
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="73" />
            <source>Prefix</source>
            <translation>Forskeyti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="74" />
            <source>Given name</source>
            <translation>Fornafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="75" />
            <source>Middle name</source>
            <translation>Millinafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="76" />
            <source>Family name</source>
            <translation>Eftirnafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="77" />
            <source>Suffix</source>
            <translation>Viðskeyti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="78" />
            <source>Nickname</source>
            <translation>Gælunafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="79" />
            <source>Title</source>
            <translation>Starfsheiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="80" />
            <source>Department</source>
            <translation>Deild</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="81" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="82" />
            <source>Industry</source>
            <translation>Atvinnugrein</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="83" />
            <source>Website</source>
            <translation>Vefsíða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="84" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="85" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="86" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="87" />
            <source>Email or phone</source>
            <translation>Netfang eða sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="88" />
            <source>Street</source>
            <translation>Gata</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="89" />
            <source>City</source>
            <translation>Bær/borg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="90" />
            <source>Region</source>
            <translation>Svæði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="91" />
            <source>Postal code</source>
            <translation>Póstnúmer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="92" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="93" />
            <source>Web address</source>
            <translation>Vefslóð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="94" />
            <source>Tag</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="95" />
            <source>Birthday</source>
            <translation>Afmælisdagur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="96" />
            <source>Created</source>
            <translation>Stofnað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="97" />
            <source>Last edited</source>
            <translation>Síðast breytt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="98" />
            <source>Last activity</source>
            <translation>Síðasti verkþáttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="107" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="127" />
            <source>is before</source>
            <translation>er fyrir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="108" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="128" />
            <source>is after</source>
            <translation>er eftir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="109" />
            <source>is on</source>
            <translation>er á</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="110" />
            <source>is not set</source>
            <translation>er ekki skráð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="111" />
            <source>is set</source>
            <translation>er skráð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has no tags</source>
            <translation>— hefur engin merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has any tag</source>
            <translation>— hefur eitthvert merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="120" />
            <source>contains</source>
            <translation>inniheldur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="121" />
            <source>starts with</source>
            <translation>byrjar á</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="122" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="123" />
            <source>is</source>
            <translation>er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="124" />
            <source>is not</source>
            <translation>er ekki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="125" />
            <source>is empty</source>
            <translation>er autt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="126" />
            <source>is not empty</source>
            <translation>er ekki autt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="129" />
            <source>is before, or none</source>
            <translation>er fyrir, eða ekkert</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="130" />
            <source>none for months:</source>
            <translation>ekkert í mánuði:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has neither</source>
            <translation>— hefur hvorugt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has one or both</source>
            <translation>— hefur annað eða bæði</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="548" />
            <source>%Ln company(ies) match.</source>
            <translation>
                <numerusform>%Ln fyrirtæki passar.</numerusform>
                <numerusform>%Ln fyrirtæki passa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="549" />
            <source>%Ln contact(s) match.</source>
            <translation>
                <numerusform>%Ln tengiliður passar.</numerusform>
                <numerusform>%Ln tengiliðir passa.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>yes</source>
            <translation>já</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> and </source>
            <translation> og </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> or </source>
            <translation> eða </translation>
        </message>
    </context>
    <context>
        <name>LookupBanner</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="744" />
            <source>Edit Lookup…</source>
            <translation>Breyta uppflettingu…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="746" />
            <source>Show All</source>
            <translation>Sýna allt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="759" />
            <source>Lookup “{title}”: {what}</source>
            <translation>Uppfletting „{title}“: {what}</translation>
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
            <translation>Breyta uppflettingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <source>New Lookup</source>
            <translation>Ný uppfletting</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="367" />
            <source>Give it a name to save it as a group</source>
            <translation>Gefðu henni nafn til að vista hana sem hóp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="370" />
            <source>Contacts</source>
            <translation>Tengiliði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="371" />
            <source>Companies</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="374" />
            <source>all of these conditions</source>
            <translation>öll þessi skilyrði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="375" />
            <source>any of these conditions</source>
            <translation>eitthvert þessara skilyrða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="377" />
            <source>Find</source>
            <translation>Finna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="379" />
            <source>that match</source>
            <translation>sem uppfylla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="383" />
            <source>&amp;Name:</source>
            <translation>&amp;Heiti:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="396" />
            <source>&amp;Add Condition</source>
            <translation>&amp;Bæta við skilyrði</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="408" />
            <source>&amp;Run</source>
            <translation>&amp;Keyra</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="570" />
            <source>&amp;Save Changes</source>
            <translation>&amp;Vista breytingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <source>&amp;Save as Group</source>
            <translation>Vista sem hó&amp;p</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="521" />
            <source>Looking up…</source>
            <translation>Flettir upp…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="528" />
            <source>Looking up</source>
            <translation>Flettir upp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="539" />
            <source>Lookup</source>
            <translation>Uppfletting</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="558" />
            <source>Give the lookup a name to save it.</source>
            <translation>Gefðu uppflettingunni nafn til að vista hana.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="571" />
            <source>Saved as “{name}”.</source>
            <translation>Vistað sem „{name}“.</translation>
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
            <translation>Dagatal</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="261" />
            <source>&amp;New Database…</source>
            <translation>&amp;Nýr gagnagrunnur…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="264" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Opna gagnagrunn…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="266" />
            <source>&amp;Back Up…</source>
            <translation>&amp;Taka öryggisafrit…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="267" />
            <source>&amp;Import…</source>
            <translation>&amp;Flytja inn…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="268" />
            <source>&amp;Export…</source>
            <translation>Flytja &amp;út…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="269" />
            <source>Repor&amp;ts…</source>
            <translation>S&amp;kýrslur…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="270" />
            <source>Contact list, pipeline, forecast and activities: print, PDF, CSV</source>
            <translation>Tengiliðalisti, söluferli, spá og verkþættir: prentun, PDF, CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="271" />
            <source>Import a vCard File…</source>
            <translation>Flytja inn vCard-skrá…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="273" />
            <source>Import from Outlook, Google or a CSV File…</source>
            <translation>Flytja inn úr Outlook, Google eða CSV-skrá…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="278" />
            <source>&amp;Settings…</source>
            <translation>&amp;Stillingar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="281" />
            <source>Cust&amp;om Fields…</source>
            <translation>Sérsniðnir re&amp;itir…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="282" />
            <source>&amp;Quit</source>
            <translation>&amp;Hætta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="284" />
            <source>&amp;Undo</source>
            <translation>&amp;Afturkalla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="285" />
            <source>&amp;Redo</source>
            <translation>&amp;Endurtaka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="286" />
            <source>&amp;Find…</source>
            <translation>&amp;Finna…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="287" />
            <source>R&amp;estore from Trash…</source>
            <translation>Endurheimta úr r&amp;uslakörfu…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="289" />
            <source>&amp;New Lookup…</source>
            <translation>&amp;Ný uppfletting…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="291" />
            <source>&amp;Edit This Lookup…</source>
            <translation>&amp;Breyta þessari uppflettingu…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="292" />
            <source>Show &amp;All Records</source>
            <translation>Sýna &amp;allar færslur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="293" />
            <source>&amp;Saved Lookups…</source>
            <translation>&amp;Vistaðar uppflettingar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>Find &amp;Duplicates…</source>
            <translation>Finna &amp;tvítekningar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="297" />
            <source>&amp;Merge History…</source>
            <translation>Sa&amp;meiningarsaga…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>&amp;Merge Selected Cards…</source>
            <translation>Sa&amp;meina valin spjöld…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="302" />
            <source>Show the selected cards side by side and merge them (Ctrl+Shift+M)</source>
            <translation>Sýna völdu spjöldin hlið við hlið og sameina þau (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="308" />
            <source>Without &amp;Email or Phone</source>
            <translation>Án &amp;netfangs eða síma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="309" />
            <source>Without a &amp;Company</source>
            <translation>Án &amp;fyrirtækis</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="310" />
            <source>No &amp;Activity for a Year</source>
            <translation>Enginn &amp;verkþáttur í eitt ár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="312" />
            <source>Sync &amp;Now</source>
            <translation>Samstilla &amp;núna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="314" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation>Senda breytingarnar þínar á samstillingarþjóninn og sækja breytingar allra hinna (F9)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="317" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1362" />
            <source>&amp;Conflicts…</source>
            <translation>&amp;Árekstrar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="318" />
            <source>Sync &amp;Settings…</source>
            <translation>&amp;Stillingar samstillingar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="319" />
            <source>Show &amp;Navigation</source>
            <translation>Sýna &amp;leiðsögn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="322" />
            <source>&amp;Print List…</source>
            <translation>&amp;Prenta lista…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="325" />
            <source>Print &amp;Card…</source>
            <translation>Prenta spj&amp;ald…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="326" />
            <source>Cu&amp;t</source>
            <translation>&amp;Klippa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="327" />
            <source>&amp;Copy</source>
            <translation>Af&amp;rita</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="328" />
            <source>&amp;Paste</source>
            <translation>&amp;Líma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="332" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Skrá á dagskrá…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="336" />
            <source>Schedule a call, meeting or to-do, with the people selected in the list (Ctrl+Shift+A)</source>
            <translation>Skrá á dagskrá símtal, fund eða verkefni með fólkinu sem er valið í listanum (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="338" />
            <source>&amp;Reminders…</source>
            <translation>Á&amp;minningar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="340" />
            <source>Cardfile &amp;User Guide</source>
            <translation>&amp;Notendahandbók Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="342" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Flýtilyklar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="344" />
            <source>&amp;About Cardfile</source>
            <translation>&amp;Um Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="346" />
            <source>About &amp;Qt</source>
            <translation>Um &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="362" />
            <source>&amp;Schedule Activity…</source>
            <translation>Skrá &amp;verkþátt á dagskrá…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="369" />
            <source>&amp;File</source>
            <translation>&amp;Skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="374" />
            <source>Open &amp;Recent</source>
            <translation>Opna ný&amp;legt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="387" />
            <source>&amp;Edit</source>
            <translation>&amp;Breyta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="399" />
            <source>&amp;View</source>
            <translation>S&amp;ýn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="403" />
            <source>&amp;Contact</source>
            <translation>&amp;Tengiliður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="406" />
            <source>&amp;Lookup</source>
            <translation>&amp;Uppfletting</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="410" />
            <source>&amp;Incomplete Records</source>
            <translation>Ó&amp;fullgerðar færslur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="413" />
            <source>&amp;Activities</source>
            <translation>&amp;Verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="418" />
            <source>&amp;Sync</source>
            <translation>Sa&amp;mstilling</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="424" />
            <source>&amp;Help</source>
            <translation>&amp;Hjálp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="430" />
            <source>Search</source>
            <translation>Leit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="506" />
            <source>{path} (read-only)</source>
            <translation>{path} (skrifvarið)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="558" />
            <source>{title}  {badge}</source>
            <translation>{title}  {badge}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="624" />
            <source>That record is no longer in the list.</source>
            <translation>Þessi færsla er ekki lengur í listanum.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="683" />
            <source>Nothing to undo.</source>
            <translation>Ekkert til að afturkalla.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="686" />
            <source>Nothing to redo.</source>
            <translation>Ekkert til að endurtaka.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="695" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="772" />
            <source>This page has no list to print.</source>
            <translation>Þessi síða hefur engan lista til að prenta.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="791" />
            <source>Select a record to print its card.</source>
            <translation>Veldu færslu til að prenta spjaldið hennar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="832" />
            <location filename="../../src/cardfile/ui/main_window.py" line="842" />
            <source>New Database</source>
            <translation>Nýr gagnagrunnur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="834" />
            <source>Cardfile databases ({patterns})</source>
            <translation>Cardfile-gagnagrunnar ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="843" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation>{path} er þegar til. Notaðu Skrá ▸ Opna gagnagrunn til að opna hann.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="852" />
            <source>Open Database</source>
            <translation>Opna gagnagrunn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="854" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation>Cardfile-gagnagrunnar ({patterns});;Allar skrár (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="864" />
            <location filename="../../src/cardfile/ui/main_window.py" line="882" />
            <source>Back Up Database</source>
            <translation>Taka öryggisafrit af gagnagrunni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="866" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation>Cardfile-öryggisafrit (*.cardfile-backup);;Allar skrár (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="877" />
            <source>Backing up</source>
            <translation>Tekur öryggisafrit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="880" />
            <source>Backed up to {path}</source>
            <translation>Öryggisafrit tekið í {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="892" />
            <source>Making the daily backup</source>
            <translation>Tekur daglegt öryggisafrit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="895" />
            <source>Daily Backup</source>
            <translation>Daglegt öryggisafrit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="901" />
            <source>Daily backup made ({name}).</source>
            <translation>Daglegt öryggisafrit tekið ({name}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="931" />
            <source>Imported %Ln new record(s) and updated {updated}.</source>
            <translation>
                <numerusform>Innflutt: %Ln ný færsla, uppfærðar {updated}.</numerusform>
                <numerusform>Innflutt: %Ln nýjar færslur, uppfærðar {updated}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="952" />
            <source>Imported just now</source>
            <translation>Flutt inn rétt í þessu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="971" />
            <source>Exported %Ln record(s) to {target}</source>
            <translation>
                <numerusform>%Ln færsla flutt út í {target}</numerusform>
                <numerusform>%Ln færslur fluttar út í {target}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="985" />
            <source>Saved {path}</source>
            <translation>Vistað {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1006" />
            <source>No other databases opened lately</source>
            <translation>Engir aðrir gagnagrunnar opnaðir nýlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1075" />
            <source>That lookup was deleted.</source>
            <translation>Þessari uppflettingu var eytt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1117" />
            <source>Without email or phone</source>
            <translation>Án netfangs eða síma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1120" />
            <source>Without a company</source>
            <translation>Án fyrirtækis</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1123" />
            <source>No activity for a year</source>
            <translation>Enginn verkþáttur í eitt ár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1143" />
            <source>Select two or more people (or companies) in the list to merge them.</source>
            <translation>Veldu tvær eða fleiri manneskjur (eða fyrirtæki) í listanum til að sameina þau.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1168" />
            <source>Merged into “{name}”. Edit ▸ Undo or Lookup ▸ Merge History takes it back.</source>
            <translation>Sameinað í „{name}“. Breyta ▸ Afturkalla eða Uppfletting ▸ Sameiningarsaga tekur það til baka.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1182" />
            <source>Search “{query}”</source>
            <translation>Leita að „{query}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1235" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation>Uppflettingin „{name}“ vistuð; finndu hana í valmyndinni Uppfletting.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1338" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1340" />
            <source>Preparing search</source>
            <translation>Undirbýr leit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1360" />
            <source>&amp;Conflicts ({count})…</source>
            <translation>&amp;Árekstrar ({count})…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1402" />
            <source>About Cardfile</source>
            <translation>Um Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1403" />
            <source>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;A local-first contact manager: your contacts, companies, activities and deals in one file on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;Tengiliðaumsjón sem vinnur staðbundið: tengiliðir þínir, fyrirtæki, verkþættir og sölutækifæri í einni skrá á þinni eigin tölvu.&lt;/p&gt;&lt;p&gt;Gefið út með GNU General Public License, útgáfu 3 eða síðari.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageLookupsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="649" />
            <source>Saved Lookups</source>
            <translation>Vistaðar uppflettingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="656" />
            <source>No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L).</source>
            <translation>Engar vistaðar uppflettingar enn. Búðu eina til með Uppfletting ▸ Ný uppfletting (Ctrl+L).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="658" />
            <source>&amp;Run</source>
            <translation>&amp;Keyra</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="659" />
            <source>&amp;Edit…</source>
            <translation>&amp;Breyta…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="660" />
            <source>&amp;Delete</source>
            <translation>&amp;Eyða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="716" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="724" />
            <source>Delete Lookup</source>
            <translation>Eyða uppflettingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="717" />
            <source>Delete the saved lookup “{name}”? The records it finds are not touched.</source>
            <translation>Eyða vistuðu uppflettingunni „{name}“? Færslurnar sem hún finnur eru ekki snertar.</translation>
        </message>
    </context>
    <context>
        <name>MarkedPairsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="337" />
            <source>&amp;Take Back</source>
            <translation>&amp;Taka til baka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="340" />
            <source>These may be duplicates after all: propose them again</source>
            <translation>Þetta gætu þrátt fyrir allt verið tvítekningar: stinga upp á þeim aftur</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="359" />
            <source>%Ln pair(s) marked as not duplicates</source>
            <translation>
                <numerusform>%Ln par merkt sem ekki tvítekningar</numerusform>
                <numerusform>%Ln pör merkt sem ekki tvítekningar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <source>(a picture)</source>
            <translation>(mynd)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="51" />
            <source>(empty)</source>
            <translation>(autt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="55" />
            <source>{shown} ({parts})</source>
            <translation>{shown} ({parts})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="57" />
            <source>(a company that is gone)</source>
            <translation>(fyrirtæki sem er horfið)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>yes</source>
            <translation>já</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="104" />
            <source>activities: %Ln</source>
            <translation>
                <numerusform>verkþættir: %Ln</numerusform>
                <numerusform>verkþættir: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="105" />
            <source>notes: %Ln</source>
            <translation>
                <numerusform>athugasemdir: %Ln</numerusform>
                <numerusform>athugasemdir: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="106" />
            <source>deals: %Ln</source>
            <translation>
                <numerusform>sölutækifæri: %Ln</numerusform>
                <numerusform>sölutækifæri: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="107" />
            <source>groups: %Ln</source>
            <translation>
                <numerusform>hópar: %Ln</numerusform>
                <numerusform>hópar: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="108" />
            <source>people: %Ln</source>
            <translation>
                <numerusform>starfsfólk: %Ln</numerusform>
                <numerusform>starfsfólk: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="109" />
            <source>conflicts: %Ln</source>
            <translation>
                <numerusform>árekstrar: %Ln</numerusform>
                <numerusform>árekstrar: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="112" />
            <source>nothing attached</source>
            <translation>ekkert tengt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="123" />
            <source>Merge Duplicates</source>
            <translation>Sameina tvítekningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="134" />
            <source>Choose the card that stays and, where the cards differ, the value it keeps. Emails, phones, addresses and tags of every card are kept, and activities, notes, deals and groups move to the card that stays. Undo, or Unmerge in the merge history, takes the merge back.</source>
            <translation>Veldu spjaldið sem heldur sér og, þar sem spjöldin eru ólík, gildið sem það heldur. Netföng, símar, heimilisföng og merki allra spjaldanna haldast, og verkþættir, athugasemdir, sölutækifæri og hópar flytjast á spjaldið sem heldur sér. Afturkalla, eða Afturkalla sameiningu í sameiningarsögunni, tekur sameininguna til baka.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="158" />
            <source>&amp;Merge</source>
            <translation>&amp;Sameina</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="204" />
            <source>Keep this card</source>
            <translation>Halda þessu spjaldi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="215" />
            <source>After the merge</source>
            <translation>Eftir sameininguna</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="234" />
            <source>Fields the same on every card: %Ln</source>
            <translation>
                <numerusform>Reitir sem eru eins á öllum spjöldum: %Ln</numerusform>
                <numerusform>Reitir sem eru eins á öllum spjöldum: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="276" />
            <source>Every card's entries are kept, each once</source>
            <translation>Færslur allra spjalda haldast, hver einu sinni</translation>
        </message>
    </context>
    <context>
        <name>MergesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="28" />
            <source>undone</source>
            <translation>afturkallað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="30" />
            <source>unmerged {when}</source>
            <translation>sameining afturkölluð {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="31" />
            <source>merged</source>
            <translation>sameinað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="38" />
            <source>Merged</source>
            <translation>Sameinað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="39" />
            <source>Card merged away</source>
            <translation>Spjald sem var sameinað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="40" />
            <source>Into the card</source>
            <translation>Inn í spjaldið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="41" />
            <source>State</source>
            <translation>Staða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="56" />
            <source>Merge History</source>
            <translation>Sameiningarsaga</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="57" />
            <source>No merges yet</source>
            <translation>Engar sameiningar enn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="58" />
            <source>Cards you merge with Lookup ▸ Find Duplicates are listed here; Unmerge gives both cards back.</source>
            <translation>Spjöld sem þú sameinar með Uppfletting ▸ Finna tvítekningar eru talin upp hér; Afturkalla sameiningu skilar báðum spjöldunum aftur.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="66" />
            <source>&amp;Unmerge</source>
            <translation>&amp;Afturkalla sameiningu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="69" />
            <source>Give both cards back as they were before the merge, with everything attached</source>
            <translation>Skila báðum spjöldunum eins og þau voru fyrir sameininguna, með öllu sem þeim tengist</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>&amp;Open</source>
            <translation>&amp;Opna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>Show the card that stayed</source>
            <translation>Sýna spjaldið sem hélt sér</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="95" />
            <source>Unmerge</source>
            <translation>Afturkalla sameiningu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="113" />
            <source>%Ln merge(s)</source>
            <translation>
                <numerusform>%Ln sameining</numerusform>
                <numerusform>%Ln sameiningar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MiniMonth</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="217" />
            <source>Previous month</source>
            <translation>Fyrri mánuður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="222" />
            <source>Next month</source>
            <translation>Næsti mánuður</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="128" />
            <source>{currency} has no decimals: write a whole amount, such as {example}.</source>
            <translation>{currency} hefur enga aukastafi: skrifaðu heila upphæð, t.d. {example}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="129" />
            <source>{currency} has %Ln decimal(s) at most, such as {example}.</source>
            <translation>
                <numerusform>{currency} hefur í mesta lagi %Ln aukastaf, t.d. {example}.</numerusform>
                <numerusform>{currency} hefur í mesta lagi %Ln aukastafi, t.d. {example}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="132" />
            <source>This is not an amount; write it as {example}.</source>
            <translation>Þetta er ekki upphæð; skrifaðu hana eins og {example}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="160" />
            <source>Currency: an ISO 4217 code such as USD, EUR or JPY</source>
            <translation>Gjaldmiðill: ISO 4217-kóði eins og USD, EUR eða JPY</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="228" />
            <source>Choose a currency: a three-letter code such as USD or EUR.</source>
            <translation>Veldu gjaldmiðil: þriggja stafa kóða eins og USD eða EUR.</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="187" />
            <source>Day</source>
            <translation>Dagur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="192" />
            <source>Month</source>
            <translation>Mánuður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="197" />
            <source>Year</source>
            <translation>Ár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="200" />
            <source>Leave the year empty if you do not know it</source>
            <translation>Skildu árið eftir autt ef þú veist það ekki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="233" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation>Veldu dag og mánuð (árið má vera autt).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="235" />
            <source>The year must be a number such as 1980.</source>
            <translation>Árið verður að vera tala, t.d. 1980.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="239" />
            <source>There is no such date.</source>
            <translation>Þessi dagsetning er ekki til.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="446" />
            <source>Sign In to Sync</source>
            <translation>Skrá inn í samstillingu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="448" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation>Sláðu inn lykilorð {user} á {server}. Cardfile skiptir því út fyrir innskráningu þessarar tölvu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="464" />
            <source>&amp;Password:</source>
            <translation>&amp;Lykilorð:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="467" />
            <source>&amp;Sign In</source>
            <translation>&amp;Skrá inn</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="935" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation>Mynd: veldu myndskrá eða fjarlægðu myndina</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="936" />
            <source>Picture</source>
            <translation>Mynd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="939" />
            <source>&amp;Choose Picture…</source>
            <translation>&amp;Velja mynd…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="941" />
            <source>&amp;Remove Picture</source>
            <translation>&amp;Fjarlægja mynd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Choose a Picture</source>
            <translation>Veldu mynd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Images ({patterns})</source>
            <translation>Myndir ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="963" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation>{file} er ekki mynd sem Cardfile getur lesið.</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="236" />
            <source>no date</source>
            <translation>engin dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="287" />
            <source>Per currency: the total of the deals here, and (dim) their weighted total, each amount counted at its probability</source>
            <translation>Eftir gjaldmiðli: heildarupphæð sölutækifæranna hér, og (dauft) vegin heildarupphæð þeirra, þar sem hver upphæð er talin miðað við líkur sínar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="326" />
            <source>{stage} · {percent} %</source>
            <translation>{stage} · {percent} %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="332" />
            <source>{stage}: deals here count {percent} % of their amount unless they say otherwise</source>
            <translation>{stage}: sölutækifæri hér teljast {percent} % af upphæð sinni nema annað sé tekið fram</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="336" />
            <source>No deals</source>
            <translation>Engin sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="488" />
            <source>Total and (dim) weighted total per currency:</source>
            <translation>Samtals og (dauft) vegið samtals eftir gjaldmiðli:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="492" />
            <source>Pipeline: {pipeline}</source>
            <translation>Söluferli: {pipeline}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="494" />
            <source>no deals</source>
            <translation>engin sölutækifæri</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/board.py" line="496" />
            <source>{totals}; %Ln more currency(ies)</source>
            <translation>
                <numerusform>{totals}; %Ln gjaldmiðill í viðbót</numerusform>
                <numerusform>{totals}; %Ln gjaldmiðlar í viðbót</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>open</source>
            <translation>opin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>won</source>
            <translation>unnin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>lost</source>
            <translation>töpuð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="499" />
            <source>{count} {status} · {totals}</source>
            <translation>{count} {status} · {totals}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="536" />
            <source>Move Deal</source>
            <translation>Færa sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="599" />
            <source>Open</source>
            <translation>Opna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="600" />
            <source>Move to</source>
            <translation>Færa á</translation>
        </message>
    </context>
    <context>
        <name>PipelinesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="66" />
            <source>&amp;Name:</source>
            <translation>&amp;Heiti:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="67" />
            <source>Default &amp;probability:</source>
            <translation>Sjálfgefnar &amp;líkur:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="84" />
            <source>Move the Deals</source>
            <translation>Færa sölutækifærin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="92" />
            <source>Each deal's history records the move, and Edit ▸ Undo puts everything back.</source>
            <translation>Saga hvers sölutækifæris skráir flutninginn og Breyta ▸ Afturkalla setur allt aftur á sinn stað.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="97" />
            <source>Move and Remove</source>
            <translation>Færa og fjarlægja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="125" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="139" />
            <source>Pipelines</source>
            <translation>Söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="135" />
            <source>&amp;Add Pipeline…</source>
            <translation>&amp;Bæta við söluferli…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="136" />
            <source>Re&amp;name…</source>
            <translation>&amp;Endurnefna…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="137" />
            <source>Remo&amp;ve…</source>
            <translation>&amp;Fjarlægja…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Stage</source>
            <translation>Stig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Default probability</source>
            <translation>Sjálfgefnar líkur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Deals</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="156" />
            <source>Add &amp;Stage…</source>
            <translation>Bæta við &amp;stigi…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="157" />
            <source>Move &amp;Up</source>
            <translation>Færa &amp;upp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="158" />
            <source>Move &amp;Down</source>
            <translation>Færa &amp;niður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="159" />
            <source>&amp;Remove Stage…</source>
            <translation>Fjarlægja s&amp;tig…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="173" />
            <source>Changes are made as you make them; Edit ▸ Undo takes each one back. Double-click a stage's name to rename it. A new deal starts in the first stage.</source>
            <translation>Breytingar eru gerðar um leið og þú gerir þær; Breyta ▸ Afturkalla tekur hverja til baka. Tvísmelltu á heiti stigs til að endurnefna það. Nýtt sölutækifæri byrjar á fyrsta stiginu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="181" />
            <source>Stages, in order</source>
            <translation>Stig, í röð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="291" />
            <source>Add Pipeline</source>
            <translation>Bæta við söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="292" />
            <source>Name of the new pipeline (it starts with the stages of the one shown, to change as you like):</source>
            <translation>Heiti nýja söluferlisins (það byrjar með stigum þess sem er sýnt, sem þú getur breytt að vild):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="297" />
            <source>Lead</source>
            <translation>Möguleiki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>Rename Pipeline</source>
            <translation>Endurnefna söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>New name of “{name}”:</source>
            <translation>Nýtt heiti á „{name}“:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="319" />
            <source>“{name}” holds {deals}. Before it is removed, move them to:</source>
            <translation>„{name}“ geymir {deals}. Áður en það er fjarlægt skaltu færa þau á:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="322" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="333" />
            <source>Remove Pipeline</source>
            <translation>Fjarlægja söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="332" />
            <source>Remove the pipeline “{name}”? It holds no deals.</source>
            <translation>Fjarlægja söluferlið „{name}“? Það geymir engin sölutækifæri.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="343" />
            <source>Add Stage</source>
            <translation>Bæta við stigi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="395" />
            <source>The stage “{stage}” holds {deals}. Before it is removed, move them to:</source>
            <translation>Stigið „{stage}“ geymir {deals}. Áður en það er fjarlægt skaltu færa þau á:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="398" />
            <source>Remove Stage</source>
            <translation>Fjarlægja stig</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="82" />
            <source>Printed {when}</source>
            <translation>Prentað {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="100" />
            <source>{records} selected</source>
            <translation>Valið: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="102" />
            <source>{records} (filtered)</source>
            <translation>{records} (síað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="107" />
            <source>Only the first {printed} of {count} are printed. Select the records to print, or narrow the list with a filter or a lookup.</source>
            <translation>Aðeins fyrstu {printed} af {count} eru prentaðar. Veldu færslurnar sem á að prenta, eða þrengdu listann með síu eða uppflettingu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="207" />
            <source>you</source>
            <translation>þú</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="208" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="210" />
            <source>Notes</source>
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="253" />
            <source>Print Preview — {title}</source>
            <translation>Prentskoðun — {title}</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="56" />
            <location filename="../../src/cardfile/ui/problems.py" line="123" />
            <source>Kind of record</source>
            <translation>Tegund færslu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="57" />
            <source>Records</source>
            <translation>Færslur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="58" />
            <source>User name</source>
            <translation>Notandanafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="59" />
            <source>Sync every</source>
            <translation>Samstilla á</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="60" />
            <source>Server</source>
            <translation>Þjónn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="61" />
            <source>Snooze</source>
            <translation>Blunda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="62" />
            <source>Alarm</source>
            <translation>Áminning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="63" />
            <source>Exchange rate</source>
            <translation>Gengi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="64" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="65" />
            <source>Period</source>
            <translation>Tímabil</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="66" />
            <location filename="../../src/cardfile/ui/problems.py" line="67" />
            <source>Sort order</source>
            <translation>Röðun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="68" />
            <source>View</source>
            <translation>Yfirlit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="69" />
            <source>Format</source>
            <translation>Snið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="70" />
            <source>Duplicates</source>
            <translation>Tvítekningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="71" />
            <source>Files</source>
            <translation>Skrár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="72" />
            <source>Batch size</source>
            <translation>Stærð lotu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="73" />
            <source>Name of the column mapping</source>
            <translation>Heiti dálkavörpunar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="74" />
            <source>Column mapping</source>
            <translation>Dálkavörpun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="75" />
            <source>Incomplete</source>
            <translation>Ófullgerðar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="76" />
            <source>No company</source>
            <translation>Ekkert fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="77" />
            <source>Selection</source>
            <translation>Val</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="78" />
            <source>vCard version</source>
            <translation>vCard-útgáfa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="79" />
            <source>Columns</source>
            <translation>Dálkar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="80" />
            <source>Separator</source>
            <translation>Skiltákn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="81" />
            <source>Name order</source>
            <translation>Nafnaröð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="82" />
            <source>Default country</source>
            <translation>Sjálfgefið land</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="83" />
            <source>List</source>
            <translation>Listi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="84" />
            <location filename="../../src/cardfile/ui/problems.py" line="107" />
            <location filename="../../src/cardfile/ui/problems.py" line="124" />
            <source>Amount</source>
            <translation>Upphæð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="85" />
            <source>Currency</source>
            <translation>Gjaldmiðill</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="86" />
            <source>Parent company</source>
            <translation>Móðurfélag</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="87" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="88" />
            <source>Member</source>
            <translation>Meðlimur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="89" />
            <location filename="../../src/cardfile/ui/problems.py" line="130" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="90" />
            <source>Activity type</source>
            <translation>Tegund verkþáttar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="91" />
            <location filename="../../src/cardfile/ui/problems.py" line="115" />
            <source>People</source>
            <translation>Fólk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="92" />
            <source>Repeats</source>
            <translation>Endurtekur sig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="93" />
            <source>All day</source>
            <translation>Allan daginn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="94" />
            <source>Ends</source>
            <translation>Lýkur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="95" />
            <location filename="../../src/cardfile/ui/problems.py" line="108" />
            <source>Duration</source>
            <translation>Lengd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="96" />
            <source>Occurrence</source>
            <translation>Tilvik</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="97" />
            <location filename="../../src/cardfile/ui/problems.py" line="105" />
            <source>Stage</source>
            <translation>Stig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="98" />
            <location filename="../../src/cardfile/ui/problems.py" line="104" />
            <source>Pipeline</source>
            <translation>Söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="99" />
            <source>Probability</source>
            <translation>Líkur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="100" />
            <source>Date</source>
            <translation>Dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="101" />
            <source>Lost reasons</source>
            <translation>Ástæður taps</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="102" />
            <source>Won reasons</source>
            <translation>Ástæður sigurs</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="103" />
            <source>Roles</source>
            <translation>Hlutverk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="106" />
            <source>Expected close</source>
            <translation>Áætluð lok</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="109" />
            <source>Line items</source>
            <translation>Línur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="110" />
            <source>Product</source>
            <translation>Vara</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="111" />
            <source>Quantity</source>
            <translation>Magn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="112" />
            <source>Unit price</source>
            <translation>Einingarverð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="113" />
            <source>Discount</source>
            <translation>Afsláttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="114" />
            <source>Role</source>
            <translation>Hlutverk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="116" />
            <source>Companies</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="117" />
            <source>Deals</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="118" />
            <source>Person</source>
            <translation>Einstaklingur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="119" />
            <source>Photo</source>
            <translation>Mynd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="120" />
            <source>Logo</source>
            <translation>Merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="121" />
            <source>Type of field</source>
            <translation>Tegund reits</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="122" />
            <source>Choices</source>
            <translation>Valkostir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="125" />
            <source>Reason</source>
            <translation>Ástæða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="126" />
            <source>Custom field</source>
            <translation>Sérsniðinn reitur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="127" />
            <source>Activity</source>
            <translation>Verkþáttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="128" />
            <source>Contact</source>
            <translation>Tengiliður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="129" />
            <source>Deal</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="216" />
            <location filename="../../src/cardfile/ui/problems.py" line="245" />
            <location filename="../../src/cardfile/ui/problems.py" line="356" />
            <source>{field}: this value cannot be used.</source>
            <translation>{field}: ekki er hægt að nota þetta gildi.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="221" />
            <source>This activity is done already.</source>
            <translation>Þessum verkþætti er þegar lokið.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="223" />
            <source>This activity is cancelled already.</source>
            <translation>Hætt hefur þegar verið við þennan verkþátt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="224" />
            <source>This activity is cleared already.</source>
            <translation>Þegar hefur verið gengið frá þessum verkþætti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="229" />
            <source>The deals in “{stage}” must first move to another stage.</source>
            <translation>Fyrst þarf að færa sölutækifærin á stiginu „{stage}“ á annað stig.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="230" />
            <source>The deals in “{pipeline}” must first move to another pipeline.</source>
            <translation>Fyrst þarf að færa sölutækifærin í söluferlinu „{pipeline}“ í annað söluferli.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="237" />
            <source>“{value}” is not a date.</source>
            <translation>„{value}“ er ekki dagsetning.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="246" />
            <source>{field}: this is needed.</source>
            <translation>{field}: þetta þarf að fylla út.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="247" />
            <source>{field}: the least is {limit}.</source>
            <translation>{field}: minnst {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="248" />
            <source>{field}: the most is {limit}.</source>
            <translation>{field}: mest {limit}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="249" />
            <source>{field}: at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: mest %Ln stafur.</numerusform>
                <numerusform>{field}: mest %Ln stafir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="250" />
            <source>{field}: at most %Ln entry(ies).</source>
            <translation>
                <numerusform>{field}: mest %Ln færsla.</numerusform>
                <numerusform>{field}: mest %Ln færslur.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="251" />
            <source>{field}: enter a number.</source>
            <translation>{field}: sláðu inn tölu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="253" />
            <source>{field}: “{value}” is not one of {choices}.</source>
            <translation>{field}: „{value}“ er ekki eitt af þessu: {choices}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="257" />
            <source>There is no such date as “{value}”.</source>
            <translation>Dagsetningin „{value}“ er ekki til.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="258" />
            <source>“{value}” is not an amount.</source>
            <translation>„{value}“ er ekki upphæð.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="259" />
            <source>“{value}” has too many decimals for {currency}.</source>
            <translation>„{value}“ hefur of marga aukastafi fyrir {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="260" />
            <source>“{value}” is not a currency code (such as EUR or USD).</source>
            <translation>„{value}“ er ekki gjaldmiðilskóði (til dæmis EUR eða USD).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="261" />
            <source>Say how it went.</source>
            <translation>Segðu hvernig fór.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="262" />
            <source>A name is needed.</source>
            <translation>Það þarf nafn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="263" />
            <source>Write some text.</source>
            <translation>Skrifaðu einhvern texta.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="264" />
            <source>Choose at least one person to schedule with.</source>
            <translation>Veldu að minnsta kosti einn einstakling til að skrá með.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="265" />
            <source>One occurrence of a series cannot repeat on its own.</source>
            <translation>Eitt tilvik raðar getur ekki endurtekið sig sjálft.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="266" />
            <source>An activity is at any time that day or all day, not both.</source>
            <translation>Verkþáttur er annaðhvort einhvern tíma dagsins eða allan daginn, ekki hvort tveggja.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="267" />
            <source>An activity cannot end before it starts.</source>
            <translation>Verkþáttur getur ekki endað áður en hann byrjar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="268" />
            <source>A repeating activity needs a date.</source>
            <translation>Endurtekinn verkþáttur þarf dagsetningu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="269" />
            <source>An activity needs a subject.</source>
            <translation>Verkþáttur þarf efni.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="270" />
            <source>An activity without a start has no duration.</source>
            <translation>Verkþáttur án upphafs hefur enga lengd.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="271" />
            <source>The series has no occurrence then.</source>
            <translation>Röðin á ekkert tilvik þá.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="272" />
            <source>This activity does not repeat.</source>
            <translation>Þessi verkþáttur endurtekur sig ekki.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="274" />
            <source>Choose at least one file to import.</source>
            <translation>Veldu að minnsta kosti eina skrá til að flytja inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="275" />
            <source>A company cannot be its own parent company.</source>
            <translation>Fyrirtæki getur ekki verið eigið móðurfélag.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="276" />
            <source>{field}: it is no longer there (it was deleted, perhaps on another device).</source>
            <translation>{field}: þetta er ekki lengur til (því var eytt, ef til vill í öðru tæki).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="279" />
            <source>The line items' prices are in {currency}; change them together with the currency.</source>
            <translation>Verð línanna eru í {currency}; breyttu þeim um leið og gjaldmiðlinum.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="282" />
            <source>Here the amount is the sum of the line items.</source>
            <translation>Hér er upphæðin summa línanna.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="283" />
            <source>{field}: this cannot be done with this kind of record.</source>
            <translation>{field}: þetta er ekki hægt að gera við færslu af þessu tagi.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="284" />
            <source>Choose two records or more.</source>
            <translation>Veldu tvær færslur eða fleiri.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="285" />
            <source>Choose records, a group or a lookup: one of them, not several.</source>
            <translation>Veldu færslur, hóp eða uppflettingu: eitt af þessu, ekki fleira.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="286" />
            <source>Separate the columns with a comma, a semicolon or a tab.</source>
            <translation>Aðgreindu dálkana með kommu, semíkommu eða dálkstaf.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="287" />
            <source>Some of the chosen columns do not exist.</source>
            <translation>Sumir valdir dálkar eru ekki til.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="288" />
            <source>There is no saved column mapping named “{name}”.</source>
            <translation>Engin vistuð dálkavörpun heitir „{name}“.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="289" />
            <source>Choose how the records are incomplete: no email or phone, no company, or no activity for some months.</source>
            <translation>Veldu hvað vantar í færslurnar: netfang eða síma, fyrirtæki eða verkþætti í nokkra mánuði.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="292" />
            <source>That record is not one of those being merged.</source>
            <translation>Sú færsla er ekki ein af þeim sem verið er að sameina.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="293" />
            <source>“{name}” is not a stage of “{pipeline}”; its stages are {stages}.</source>
            <translation>„{name}“ er ekki stig í „{pipeline}“; stigin þar eru {stages}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="298" />
            <source>A pipeline needs at least one stage.</source>
            <translation>Söluferli þarf að minnsta kosti eitt stig.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="300" />
            <source>There is no custom field “{name}”.</source>
            <translation>Enginn sérsniðinn reitur heitir „{name}“.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="302" />
            <source>A snooze must end in the future.</source>
            <translation>Blundi þarf að ljúka í framtíðinni.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="303" />
            <source>A rate from {source} to {target} is a number above 0.</source>
            <translation>Gengi úr {source} í {target} er tala stærri en 0.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="304" />
            <source>The period ends before it starts.</source>
            <translation>Tímabilið endar áður en það byrjar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="305" />
            <source>“{value}” is not a country code (such as US or IS).</source>
            <translation>„{value}“ er ekki landskóði (til dæmis US eða IS).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="306" />
            <source>“{value}” cannot be a user name.</source>
            <translation>„{value}“ getur ekki verið notandanafn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="307" />
            <source>This database syncs as {current}; use another database to sync as {user}.</source>
            <translation>Þessi gagnagrunnur samstillist sem {current}; notaðu annan gagnagrunn til að samstilla sem {user}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="310" />
            <source>Sync every {low} (only by hand) to %Ln minute(s).</source>
            <translation>
                <numerusform>Samstilltu á {low} (aðeins handvirkt) til %Ln mínútu fresti.</numerusform>
                <numerusform>Samstilltu á {low} (aðeins handvirkt) til %Ln mínútna fresti.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="313" />
            <source>“{value}” is not an http:// or https:// address.</source>
            <translation>„{value}“ er ekki http://- eða https://-slóð.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="314" />
            <source>{field}: this is too large to sync; at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: þetta er of stórt til að samstilla; mest %Ln stafur.</numerusform>
                <numerusform>{field}: þetta er of stórt til að samstilla; mest %Ln stafir.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="317" />
            <source>“{value}” contains invisible characters ({characters}); type the address again without them.</source>
            <translation>„{value}“ inniheldur ósýnileg tákn ({characters}); sláðu netfangið aftur inn án þeirra.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="323" />
            <source>The picture's type (JPEG, PNG …) is not known.</source>
            <translation>Tegund myndarinnar (JPEG, PNG …) er ekki þekkt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="324" />
            <source>A time needs its time zone.</source>
            <translation>Tími þarf tímabelti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="327" />
            <source>A choice field needs at least one choice.</source>
            <translation>Valreitur þarf að minnsta kosti einn valkost.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="328" />
            <source>A line item needs a product.</source>
            <translation>Lína þarf vöru.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="329" />
            <source>{field}: more than {low} and less than {high}.</source>
            <translation>{field}: meira en {low} og minna en {high}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="332" />
            <source>{field}: from {low} to {high}.</source>
            <translation>{field}: frá {low} til {high}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="335" />
            <source>{field}: at most %Ln decimal(s).</source>
            <translation>
                <numerusform>{field}: mest %Ln aukastafur.</numerusform>
                <numerusform>{field}: mest %Ln aukastafir.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="336" />
            <source>{field}: a whole number of the currency's smallest unit (such as cents).</source>
            <translation>{field}: heil tala í minnstu einingu gjaldmiðilsins (til dæmis sentum).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="339" />
            <source>There is already a field named “{name}”.</source>
            <translation>Það er þegar til reitur sem heitir „{name}“.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="348" />
            <source>Value</source>
            <translation>Gildi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="357" />
            <source>This value cannot be used.</source>
            <translation>Ekki er hægt að nota þetta gildi.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="128" />
            <source>Drive</source>
            <translation>Drif</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="132" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Mappa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="134" />
            <source>Unknown</source>
            <translation>Óþekkt</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="143" />
            <source>Select Color</source>
            <translation>Veldu lit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="144" />
            <source>&amp;Basic colors</source>
            <translation>&amp;Grunnlitir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="145" />
            <source>&amp;Custom colors</source>
            <translation>&amp;Sérsniðnir litir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="146" />
            <source>&amp;Add to Custom Colors</source>
            <translation>Bæta &amp;við sérsniðna liti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="147" />
            <source>&amp;Pick Screen Color</source>
            <translation>Ta&amp;ka lit af skjánum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="148" />
            <source>Hu&amp;e:</source>
            <translation>&amp;Litblær:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="149" />
            <source>&amp;Sat:</source>
            <translation>&amp;Mettun:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="150" />
            <source>&amp;Val:</source>
            <translation>Bir&amp;ta:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="151" />
            <source>&amp;Red:</source>
            <translation>&amp;Rauður:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="152" />
            <source>&amp;Green:</source>
            <translation>Græ&amp;nn:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="153" />
            <source>Bl&amp;ue:</source>
            <translation>&amp;Blár:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="154" />
            <source>A&amp;lpha channel:</source>
            <translation>&amp;Alfarás:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="158" />
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>Bendill á %1, %2
Ýttu á Esc til að hætta við</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="335" />
            <source>Job</source>
            <translation>Prentverk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="336" />
            <source>Job Control</source>
            <translation>Stjórnun prentverks</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="337" />
            <source>Scheduled &amp;printing:</source>
            <translation>Tímasett &amp;prentun:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="338" />
            <source>&amp;Billing information:</source>
            <translation>&amp;Reikningsupplýsingar:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="339" />
            <source>Job &amp;priority:</source>
            <translation>&amp;Forgangur prentverks:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="340" />
            <source>Banner Pages</source>
            <translation>Aðgreiningarsíður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="341" />
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>Í &amp;upphafi:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="342" />
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>Í &amp;lokin:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="343" />
            <source>Print Immediately</source>
            <translation>Prenta strax</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="344" />
            <source>Hold Indefinitely</source>
            <translation>Geyma um óákveðinn tíma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="345" />
            <source>Day (06:00 to 17:59)</source>
            <translation>Á daginn (06:00 til 17:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="346" />
            <source>Night (18:00 to 05:59)</source>
            <translation>Á nóttunni (18:00 til 05:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="350" />
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Önnur vakt (16:00 til 23:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="355" />
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Þriðja vakt (00:00 til 07:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="360" />
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Um helgi (laugardag og sunnudag)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="362" />
            <source>Specific Time</source>
            <translation>Á tilteknum tíma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="363" />
            <source>None</source>
            <comment>CUPS Banner page</comment>
            <translation>Engin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="364" />
            <source>Standard</source>
            <comment>CUPS Banner page</comment>
            <translation>Venjuleg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="365" />
            <source>Unclassified</source>
            <comment>CUPS Banner page</comment>
            <translation>Óflokkað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="366" />
            <source>Confidential</source>
            <comment>CUPS Banner page</comment>
            <translation>Trúnaðarmál</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="367" />
            <source>Classified</source>
            <comment>CUPS Banner page</comment>
            <translation>Flokkað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="368" />
            <source>Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>Leyndarmál</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="369" />
            <source>Top Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>Algjört leyndarmál</translation>
        </message>
    </context>
    <context>
        <name>QCupsPrinterSupport</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="415" />
            <source>Authentication Needed</source>
            <translation>Auðkenningar krafist</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="419" />
            <source>Authentication needed to use %1.</source>
            <translation>Auðkenningar er krafist til að nota %1.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="424" />
            <source>Authentication needed to use %1 on %2.</source>
            <translation>Auðkenningar er krafist til að nota %1 á %2.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="426" />
            <source>Username:</source>
            <translation>Notandanafn:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="427" />
            <source>Password:</source>
            <translation>Lykilorð:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="61" />
            <source>&amp;Look in:</source>
            <translation>&amp;Leita í:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="62" />
            <source>Back</source>
            <translation>Til baka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="63" />
            <source>Go back</source>
            <translation>Fara til baka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="64" />
            <source>Forward</source>
            <translation>Áfram</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="65" />
            <source>Go forward</source>
            <translation>Fara áfram</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="66" />
            <source>Parent Directory</source>
            <translation>Yfirmappa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="67" />
            <source>Go to the parent directory</source>
            <translation>Fara í yfirmöppu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="68" />
            <source>Create New Folder</source>
            <translation>Búa til nýja möppu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="69" />
            <source>Create a New Folder</source>
            <translation>Búa til nýja möppu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="70" />
            <source>List View</source>
            <translation>Listasýn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="71" />
            <source>Change to list view mode</source>
            <translation>Skipta yfir í listasýn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="72" />
            <source>Detail View</source>
            <translation>Ítarsýn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="73" />
            <source>Change to detail view mode</source>
            <translation>Skipta yfir í ítarsýn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="74" />
            <source>Sidebar</source>
            <translation>Hliðarstika</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="75" />
            <source>List of places and bookmarks</source>
            <translation>Staðir og bókamerki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="76" />
            <source>Files</source>
            <translation>Skrár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="77" />
            <source>File &amp;name:</source>
            <translation>Skráar&amp;heiti:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="78" />
            <source>Files of &amp;type:</source>
            <translation>Skráa&amp;gerð:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="79" />
            <source>Directory:</source>
            <translation>Mappa:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="80" />
            <source>Directories</source>
            <translation>Möppur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="81" />
            <source>All Files (*)</source>
            <translation>Allar skrár (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="82" />
            <source>All files (*)</source>
            <translation>Allar skrár (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="83" />
            <source>&amp;Open</source>
            <translation>&amp;Opna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="84" />
            <source>&amp;Save</source>
            <translation>&amp;Vista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="85" />
            <source>&amp;Choose</source>
            <translation>&amp;Velja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="86" />
            <source>Open</source>
            <translation>Opna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="87" />
            <source>Save As</source>
            <translation>Vista sem</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="88" />
            <source>Find Directory</source>
            <translation>Velja möppu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="89" />
            <source>&amp;Rename</source>
            <translation>&amp;Endurnefna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="90" />
            <source>&amp;Delete</source>
            <translation>E&amp;yða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="91" />
            <source>Show &amp;hidden files</source>
            <translation>Sýna &amp;faldar skrár</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="92" />
            <source>&amp;New Folder</source>
            <translation>&amp;Ný mappa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="93" />
            <source>New Folder</source>
            <translation>Ný mappa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="94" />
            <source>Recent Places</source>
            <translation>Nýlegir staðir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="95" />
            <source>Delete</source>
            <translation>Eyða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="99" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Viltu örugglega eyða „%1“?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="104" />
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>„%1“ er skrifvarin.
Viltu samt eyða henni?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="106" />
            <source>Could not delete directory.</source>
            <translation>Ekki tókst að eyða möppunni.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="110" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 er þegar til.
Viltu skipta henni út?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="115" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Skráin fannst ekki.
Gakktu úr skugga um að skráarheitið sé rétt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="120" />
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Mappan fannst ekki.
Gakktu úr skugga um að heiti möppunnar sé rétt.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="122" />
            <source>Name</source>
            <translation>Heiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="123" />
            <source>Size</source>
            <translation>Stærð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="124" />
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Gerð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="125" />
            <source>Date Modified</source>
            <translation>Breytt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="126" />
            <source>Computer</source>
            <translation>Tölva</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="127" />
            <source>My Computer</source>
            <translation>Tölvan mín</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="168" />
            <source>&amp;Undo</source>
            <translation>&amp;Afturkalla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="169" />
            <source>&amp;Redo</source>
            <translation>&amp;Endurtaka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="170" />
            <source>Cu&amp;t</source>
            <translation>&amp;Klippa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="171" />
            <source>&amp;Copy</source>
            <translation>Af&amp;rita</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="172" />
            <source>&amp;Paste</source>
            <translation>&amp;Líma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="173" />
            <source>Delete</source>
            <translation>Eyða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="174" />
            <source>Select All</source>
            <translation>Velja allt</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="277" />
            <source>Paper</source>
            <translation>Pappír</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="278" />
            <source>Page size:</source>
            <translation>Síðustærð:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="279" />
            <source>Width:</source>
            <translation>Breidd:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="280" />
            <source>Height:</source>
            <translation>Hæð:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="281" />
            <source>Paper source:</source>
            <translation>Pappírsbakki:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="282" />
            <source>Orientation</source>
            <translation>Snið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="283" />
            <source>Portrait</source>
            <translation>Skammsnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="284" />
            <source>Landscape</source>
            <translation>Langsnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="285" />
            <source>Reverse landscape</source>
            <translation>Öfugt langsnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="286" />
            <source>Reverse portrait</source>
            <translation>Öfugt skammsnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="287" />
            <source>Margins</source>
            <translation>Spássíur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="288" />
            <source>top margin</source>
            <translation>efri spássía</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="289" />
            <source>left margin</source>
            <translation>vinstri spássía</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="290" />
            <source>right margin</source>
            <translation>hægri spássía</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="291" />
            <source>bottom margin</source>
            <translation>neðri spássía</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="292" />
            <source>Page Layout</source>
            <translation>Síðuskipan</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="293" />
            <source>Page &amp;order:</source>
            <translation>Síðu&amp;röð:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="294" />
            <source>Pages &amp;per sheet:</source>
            <translation>Síður á &amp;blað:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="295" />
            <source>Millimeters (mm)</source>
            <translation>Millimetrar (mm)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="296" />
            <source>Inches (in)</source>
            <translation>Tommur (in)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="297" />
            <source>Points (pt)</source>
            <translation>Punktar (pt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="298" />
            <source>Pica (P̸)</source>
            <translation>Píkur (P̸)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="299" />
            <source>Didot (DD)</source>
            <translation>Dídó-punktar (DD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="300" />
            <source>Cicero (CC)</source>
            <translation>Cíceró (CC)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="309" />
            <source>Custom</source>
            <translation>Sérsniðin</translation>
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
            <translation>Í lagi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="41" />
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="42" />
            <source>Close</source>
            <translation>Loka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="43" />
            <location filename="../../src/cardfile/app.py" line="241" />
            <source>Cancel</source>
            <translation>Hætta við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="44" />
            <source>Discard</source>
            <translation>Henda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="45" />
            <source>Apply</source>
            <translation>Virkja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="46" />
            <source>&amp;Yes</source>
            <translation>&amp;Já</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="47" />
            <source>&amp;No</source>
            <translation>&amp;Nei</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="135" />
            <source>Open</source>
            <translation>Opna</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="212" />
            <source>Print</source>
            <translation>Prenta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="251" />
            <source>All Pages</source>
            <translation>Allar síður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="252" />
            <source>Odd Pages</source>
            <translation>Oddatölusíður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="253" />
            <source>Even Pages</source>
            <translation>Sléttatölusíður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="254" />
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Valkostir &gt;&gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="255" />
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Valkostir &lt;&lt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="256" />
            <source>&amp;Print</source>
            <translation>&amp;Prenta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="257" />
            <source>Print to File (PDF)</source>
            <translation>Prenta í skrá (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="258" />
            <source>Local file</source>
            <translation>Skrá á tölvunni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="259" />
            <source>Write PDF file</source>
            <translation>Vista sem PDF-skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="260" />
            <source>Print To File ...</source>
            <translation>Prenta í skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="264" />
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 er mappa.
Veldu annað skráarheiti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="269" />
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Ekki er hægt að skrifa í skrána %1.
Veldu annað skráarheiti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="274" />
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 er þegar til.
Viltu skrifa yfir hana?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="301" />
            <source>Left to Right, Top to Bottom</source>
            <translation>Frá vinstri til hægri, ofan frá og niður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="302" />
            <source>Left to Right, Bottom to Top</source>
            <translation>Frá vinstri til hægri, neðan frá og upp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="303" />
            <source>Right to Left, Bottom to Top</source>
            <translation>Frá hægri til vinstri, neðan frá og upp</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="304" />
            <source>Right to Left, Top to Bottom</source>
            <translation>Frá hægri til vinstri, ofan frá og niður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="305" />
            <source>Bottom to Top, Left to Right</source>
            <translation>Neðan frá og upp, frá vinstri til hægri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="306" />
            <source>Bottom to Top, Right to Left</source>
            <translation>Neðan frá og upp, frá hægri til vinstri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="307" />
            <source>Top to Bottom, Left to Right</source>
            <translation>Ofan frá og niður, frá vinstri til hægri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="308" />
            <source>Top to Bottom, Right to Left</source>
            <translation>Ofan frá og niður, frá hægri til vinstri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="389" />
            <source>Duplex Settings Conflicts</source>
            <translation>Árekstrar í prentun báðum megin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="393" />
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Stillingar prentunar báðum megin stangast á. Viltu laga þær?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="398" />
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Ekki er hægt að nota valkostina „Síður á blað“ og „Síðuval“ saman.
Slökktu á öðrum hvorum þeirra.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="404" />
            <source>Invalid Pages Definition</source>
            <translation>Ógilt síðuval</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="409" />
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 er ekki rétt ritað. Aðgreindu síður og síðubil með ',', táknaðu síðubil með '-' og gættu þess að bilin skarist ekki.</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="192" />
            <source>Next page</source>
            <translation>Næsta síða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="193" />
            <source>Previous page</source>
            <translation>Fyrri síða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="194" />
            <source>First page</source>
            <translation>Fyrsta síða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="195" />
            <source>Last page</source>
            <translation>Síðasta síða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="196" />
            <source>Fit width</source>
            <translation>Fella að breidd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="197" />
            <source>Fit page</source>
            <translation>Fella að síðu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="198" />
            <source>Zoom in</source>
            <translation>Auka aðdrátt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="199" />
            <source>Zoom out</source>
            <translation>Minnka aðdrátt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="200" />
            <source>Portrait</source>
            <translation>Skammsnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="201" />
            <source>Landscape</source>
            <translation>Langsnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="202" />
            <source>Show single page</source>
            <translation>Sýna eina síðu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="203" />
            <source>Show facing pages</source>
            <translation>Sýna opnur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="207" />
            <source>Show overview of all pages</source>
            <translation>Sýna yfirlit allra síðna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="209" />
            <source>Print</source>
            <translation>Prenta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="210" />
            <source>Page setup</source>
            <translation>Síðuuppsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="211" />
            <source>Print Preview</source>
            <translation>Prentforskoðun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="276" />
            <source>Page Setup</source>
            <translation>Síðuuppsetning</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="311" />
            <source>Printer Properties</source>
            <translation>Eiginleikar prentara</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="319" />
            <source>Job Options</source>
            <translation>Valkostir prentverks</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="370" />
            <source>Page Setup Conflicts</source>
            <translation>Árekstrar í síðuuppsetningu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="374" />
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Sumir valkostir síðuuppsetningar stangast á. Viltu laga þá?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="379" />
            <source>Advanced Option Conflicts</source>
            <translation>Árekstrar í ítarlegum valkostum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="384" />
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Sumir ítarlegir valkostir stangast á. Viltu laga þá?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="388" />
            <source>Custom value for %1</source>
            <translation>Sérsniðið gildi fyrir %1</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="312" />
            <source>Page</source>
            <translation>Síða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="313" />
            <source>Advanced</source>
            <translation>Ítarlegt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="317" />
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Sumir valkostir stangast á. Lagaðu þá.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="220" />
            <source>Print range</source>
            <translation>Prentsvið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="221" />
            <source>Print all</source>
            <translation>Prenta allt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="222" />
            <source>Pages from</source>
            <translation>Síður frá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="223" />
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="224" />
            <source>Pages</source>
            <translation>Síður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="229" />
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Tilgreindu síður eða svið, aðskilin með kommum. Svið er tvær tölur með bandstriki á milli. Dæmi: 3,5-7,9 prentar síður 3, 5, 6, 7 og 9.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="235" />
            <source>Current Page</source>
            <translation>Núverandi síða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="236" />
            <source>Selection</source>
            <translation>Val</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="237" />
            <source>Page &amp;Set:</source>
            <translation>&amp;Síðuval:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="238" />
            <source>Output Settings</source>
            <translation>Úttaksstillingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="239" />
            <source>Copies:</source>
            <translation>Fjöldi eintaka:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="240" />
            <source>Collate</source>
            <translation>Raða eintökum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="241" />
            <source>Reverse</source>
            <translation>Öfug röð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="242" />
            <source>Copies</source>
            <translation>Eintök</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="243" />
            <source>Color Mode</source>
            <translation>Litastilling</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="244" />
            <source>Color</source>
            <translation>Í lit</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="245" />
            <source>Grayscale</source>
            <translation>Grátóna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="246" />
            <source>Double Sided Printing</source>
            <translation>Prentað báðum megin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="247" />
            <source>Off</source>
            <translation>Nei</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="248" />
            <source>Long side binding</source>
            <translation>Bundið á langhlið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="249" />
            <source>Short side binding</source>
            <translation>Bundið á skammhlið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="250" />
            <source>Options</source>
            <translation>Valkostir</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="213" />
            <source>Printer</source>
            <translation>Prentari</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="214" />
            <source>&amp;Name:</source>
            <translation>&amp;Heiti:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="215" />
            <source>P&amp;roperties</source>
            <translation>&amp;Eiginleikar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="216" />
            <source>Location:</source>
            <translation>Staðsetning:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="217" />
            <source>Preview</source>
            <translation>Forskoðun</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="218" />
            <source>Type:</source>
            <translation>Gerð:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="219" />
            <source>Output &amp;file:</source>
            <translation>&amp;Úttaksskrá:</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="175" />
            <source>&amp;Undo</source>
            <translation>&amp;Afturkalla</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="176" />
            <source>&amp;Redo</source>
            <translation>&amp;Endurtaka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="177" />
            <source>Cu&amp;t</source>
            <translation>&amp;Klippa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="178" />
            <source>&amp;Copy</source>
            <translation>Af&amp;rita</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="179" />
            <source>&amp;Paste</source>
            <translation>&amp;Líma</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="180" />
            <source>Delete</source>
            <translation>Eyða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="181" />
            <source>Select All</source>
            <translation>Velja allt</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="48" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Til baka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="49" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Áfram &gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="50" />
            <source>&amp;Finish</source>
            <translation>&amp;Ljúka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="51" />
            <source>Cancel</source>
            <translation>Hætta við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="52" />
            <source>&amp;Help</source>
            <translation>&amp;Hjálp</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="209" />
            <location filename="../../src/cardfile/ui/records/form.py" line="92" />
            <source>Enter a number.</source>
            <translation>Sláðu inn tölu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="211" />
            <location filename="../../src/cardfile/ui/problems.py" line="238" />
            <location filename="../../src/cardfile/ui/records/form.py" line="94" />
            <location filename="../../src/cardfile/ui/records/form.py" line="103" />
            <location filename="../../src/cardfile/ui/records/form.py" line="104" />
            <location filename="../../src/cardfile/ui/records/form.py" line="105" />
            <source>There is no such date.</source>
            <translation>Þessi dagsetning er ekki til.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="213" />
            <location filename="../../src/cardfile/ui/records/form.py" line="96" />
            <source>Choose one of: {choices}.</source>
            <translation>Veldu eitt af: {choices}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="215" />
            <location filename="../../src/cardfile/ui/problems.py" line="252" />
            <location filename="../../src/cardfile/ui/records/form.py" line="98" />
            <source>Choose yes or no.</source>
            <translation>Veldu já eða nei.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="320" />
            <location filename="../../src/cardfile/ui/records/form.py" line="100" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation>Þetta er ekki netfang; það ætti að líta út eins og nafn@example.com.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="321" />
            <location filename="../../src/cardfile/ui/records/form.py" line="101" />
            <source>A phone number needs at least one digit.</source>
            <translation>Símanúmer þarf að minnsta kosti einn tölustaf.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="322" />
            <location filename="../../src/cardfile/ui/records/form.py" line="102" />
            <source>A web address cannot contain spaces.</source>
            <translation>Vefslóð má ekki innihalda bil.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation>Ekkert fyrirtæki heitir „{name}“; bættu því við fyrst eða veldu eitt úr listanum.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="106" />
            <source>A company needs a name.</source>
            <translation>Fyrirtæki þarf heiti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="107" />
            <location filename="../../src/cardfile/ui/records/form.py" line="108" />
            <location filename="../../src/cardfile/ui/records/form.py" line="109" />
            <source>There is no such company.</source>
            <translation>Þetta fyrirtæki er ekki til.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="263" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>Ei&amp;nka: aðeins þú sérð hana</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="264" />
            <source>A private record syncs only between your own devices, with its activities, notes and deals; nobody else in the office sees it.</source>
            <translation>Einkafærsla samstillist aðeins milli þinna eigin tækja, ásamt verkþáttum, athugasemdum og sölutækifærum hennar; enginn annar á skrifstofunni sér hana.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="696" />
            <source>Custom fields</source>
            <translation>Sérsniðnir reitir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="960" />
            <source>{sentence} — &lt;a href="{id}"&gt;open it&lt;/a&gt;</source>
            <translation>{sentence} — &lt;a href="{id}"&gt;opna það&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="406" />
            <source>Choose another filter, or show them all.</source>
            <translation>Veldu aðra síu eða sýndu allt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="486" />
            <source>&amp;List</source>
            <translation>&amp;Listi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="542" />
            <source>&amp;Edit</source>
            <translation>&amp;Breyta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="543" />
            <source>&amp;Tag…</source>
            <translation>&amp;Merkja…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="544" />
            <source>&amp;Remove Tag…</source>
            <translation>&amp;Fjarlægja merki…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="545" />
            <source>Add to &amp;Group…</source>
            <translation>Bæta í &amp;hóp…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="547" />
            <source>Remove from Group</source>
            <translation>Fjarlægja úr hópi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="550" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eyða…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="556" />
            <source>Show &amp;All</source>
            <translation>Sýna &amp;allt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="557" />
            <source>&amp;Open</source>
            <translation>&amp;Opna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="558" />
            <source>C&amp;all</source>
            <translation>Hr&amp;ingja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="559" />
            <source>Send Ema&amp;il</source>
            <translation>Senda &amp;tölvupóst</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="561" />
            <source>&amp;Copy</source>
            <translation>Af&amp;rita</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="564" />
            <source>E&amp;xport Selected…</source>
            <translation>Flytja &amp;út valið…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="592" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation>Setja merki á valdar færslur (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="593" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation>Taka merki af völdum færslum (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="594" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation>Bæta völdum færslum í hóp (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="595" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation>Færa valdar færslur í ruslakörfuna (Delete)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="596" />
            <source>Call the selected record's first phone number</source>
            <translation>Hringja í fyrsta símanúmer valdrar færslu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="597" />
            <source>Write to the selected records from your mail program</source>
            <translation>Skrifa völdum færslum úr póstforritinu þínu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="598" />
            <source>Copy the selected rows as text (Ctrl+C in the list)</source>
            <translation>Afrita valdar línur sem texta (Ctrl+C í listanum)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="599" />
            <source>Export the selected records to a vCard or CSV file</source>
            <translation>Flytja valdar færslur út í vCard- eða CSV-skrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="632" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="707" />
            <source>{count} (filtered)</source>
            <translation>{count} (síað)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="710" />
            <source>{count} · {selected} selected</source>
            <translation>{count} · {selected} valdar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="807" />
            <source>{records} selected</source>
            <translation>Valið: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="876" />
            <source>&amp;Columns</source>
            <translation>&amp;Dálkar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="886" />
            <source>&amp;Reset Columns</source>
            <translation>E&amp;ndurstilla dálka</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="950" />
            <source>{tag} ({count})</source>
            <translation>{tag} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1034" />
            <source>Unsaved Changes</source>
            <translation>Óvistaðar breytingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1035" />
            <source>The card has a mistake, marked in red, to correct before it can be saved. Save the changes?</source>
            <translation>Á spjaldinu er villa, merkt með rauðu, sem þarf að leiðrétta áður en hægt er að vista það. Vista breytingarnar?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1037" />
            <source>Save the changes to this card?</source>
            <translation>Vista breytingarnar á þessu spjaldi?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1096" />
            <source>Copied the first {records} of {count}; export the rest.</source>
            <translation>Afritað: fyrstu {records} af {count}; flyttu afganginn út.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1099" />
            <source>Copied {records}.</source>
            <translation>Afritað: {records}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1162" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1169" />
            <source>Move to Trash</source>
            <translation>Færa í ruslakörfu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1163" />
            <source>Move {records} to the Trash?</source>
            <translation>Færa í ruslakörfuna: {records}?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1168" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation>Þú getur endurheimt þær úr ruslakörfunni eða afturkallað þetta með Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1183" />
            <source>Moving {records} to the Trash…</source>
            <translation>Færir í ruslakörfuna: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Remove Tag</source>
            <translation>Fjarlægja merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Take this tag off {records}:</source>
            <translation>Taka þetta merki af færslum ({records}):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Add Tag</source>
            <translation>Bæta við merki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Tag {records} with:</source>
            <translation>Merkja færslur ({records}) með:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1212" />
            <source>Tagging {records}…</source>
            <translation>Merkir færslur ({records})…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1220" />
            <source>Add {records} to the group:</source>
            <translation>Bæta færslum ({records}) í hópinn:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1237" />
            <source>Adding {records} to a group…</source>
            <translation>Bætir færslum ({records}) í hóp…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1245" />
            <source>Taking {records} out of a group…</source>
            <translation>Tekur færslur ({records}) úr hópi…</translation>
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
            <translation>Tengiliðir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Companies</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Activities</source>
            <translation>Verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Notes</source>
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Deals</source>
            <translation>Sölutækifæri</translation>
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="333" />
            <source>no date</source>
            <translation>engin dagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="342" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>Ekkert á dagskrá. Símtöl, fundir og verkefni með þeim verða talin upp hér.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="348" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="412" />
            <source>(no subject)</source>
            <translation>(ekkert efni)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="350" />
            <source> · with {people}</source>
            <translation> · með {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="361" />
            <source>No history yet.</source>
            <translation>Engin saga enn.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>… and %Ln earlier entry(ies)</source>
            <translation>
                <numerusform>… og %Ln eldri færsla</numerusform>
                <numerusform>… og %Ln eldri færslur</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="376" />
            <source>{when} · {action} · on “{name}”</source>
            <translation>{when} · {action} · á „{name}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="380" />
            <source>{when} · {action}</source>
            <translation>{when} · {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="382" />
            <source>{when} · Merged</source>
            <translation>{when} · Sameinað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="384" />
            <source>{when} · Unmerged</source>
            <translation>{when} · Sameining afturkölluð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="386" />
            <source>{when} · Note</source>
            <translation>{when} · Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>done</source>
            <translation>lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>cancelled</source>
            <translation>hætt við</translation>
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
                <numerusform>… og %Ln reitur í viðbót</numerusform>
                <numerusform>… og %Ln reitir í viðbót</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="424" />
            <source>(no name)</source>
            <translation>(ekkert nafn)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="427" />
            <source>“{name}”</source>
            <translation>„{name}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="432" />
            <source>{other} was merged into this card</source>
            <translation>{other} var sameinað þessu spjaldi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="433" />
            <source>This card was merged into {other}</source>
            <translation>Þetta spjald var sameinað {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="434" />
            <source>{other} was taken out of this card</source>
            <translation>{other} var tekið út úr þessu spjaldi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="435" />
            <source>This card was taken out of {other}</source>
            <translation>Þetta spjald var tekið út úr {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="439" />
            <source>Merge history…</source>
            <translation>Sameiningarsaga…</translation>
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
            <translation>þú</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="466" />
            <source>someone</source>
            <translation>einhver</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="473" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>Skrifaðu athugasemd… (Ctrl+Enter bætir henni við)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="476" />
            <source>Add Note</source>
            <translation>Bæta við athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="493" />
            <source>No notes yet.</source>
            <translation>Engar athugasemdir enn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="517" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="526" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="722" />
            <source>Notes</source>
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="535" />
            <source>No deals yet.</source>
            <translation>Engin sölutækifæri enn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>open</source>
            <translation>opið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>won</source>
            <translation>unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>lost</source>
            <translation>tapað</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="542" />
            <source>closes {date}</source>
            <translation>lýkur {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="544" />
            <source>overdue</source>
            <translation>komið fram yfir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="552" />
            <source>New Deal…</source>
            <translation>Nýtt sölutækifæri…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="554" />
            <source>Add a deal with this {kind}</source>
            <translation>Bæta við sölutækifæri með þessum aðila ({kind})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>person</source>
            <translation>manneskja</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>company</source>
            <translation>fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="570" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation>Engir hópar eru til enn. Hópur safnar saman fólki eða fyrirtækjum handvirkt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="579" />
            <source>New Group…</source>
            <translation>Nýr hópur…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="596" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="607" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="724" />
            <source>Groups</source>
            <translation>Hópar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>New Group</source>
            <translation>Nýr hópur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>Name of the new group:</source>
            <translation>Heiti nýja hópsins:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="631" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="635" />
            <source>{when} · edited {edited}</source>
            <translation>{when} · breytt {edited}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Edit</source>
            <translation>Breyta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Change this note</source>
            <translation>Breyta þessari athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="639" />
            <source>Move this note to the Trash (Ctrl+Z undoes)</source>
            <translation>Færa þessa athugasemd í ruslakörfuna (Ctrl+Z afturkallar)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="640" />
            <source>Delete</source>
            <translation>Eyða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="667" />
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="669" />
            <source>Cancel</source>
            <translation>Hætta við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="720" />
            <source>Activities</source>
            <translation>Verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="721" />
            <source>History</source>
            <translation>Saga</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="723" />
            <source>Deals</source>
            <translation>Sölutækifæri</translation>
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
                <numerusform>%Ln áminning</numerusform>
                <numerusform>%Ln áminningar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="138" />
            <source>Cardfile reminder</source>
            <translation>Áminning frá Cardfile</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="162" />
            <source>Reminders</source>
            <translation>Áminningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Subject</source>
            <translation>Efni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>When</source>
            <translation>Hvenær</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Alarm</source>
            <translation>Áminning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="182" />
            <source>&amp;Open</source>
            <translation>&amp;Opna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="183" />
            <source>&amp;Clear…</source>
            <translation>&amp;Ljúka…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="184" />
            <source>&amp;Snooze</source>
            <translation>&amp;Blunda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="187" />
            <source>For {length}</source>
            <translation>Í {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="191" />
            <source>For How Long…</source>
            <translation>Hversu lengi…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="196" />
            <source>&amp;Reschedule…</source>
            <translation>&amp;Færa…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="197" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Hafna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="225" />
            <source>missed, rang {when}</source>
            <translation>misst af, hringdi {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="227" />
            <source>rang {when}</source>
            <translation>hringdi {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>%Ln alarm(s) due</source>
            <translation>
                <numerusform>%Ln áminning tímabær</numerusform>
                <numerusform>%Ln áminningar tímabærar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>No alarms are due.</source>
            <translation>Engar áminningar eru tímabærar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Snooze</source>
            <translation>Blunda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Ring again in how many minutes?</source>
            <translation>Hringja aftur eftir hve margar mínútur?</translation>
        </message>
    </context>
    <context>
        <name>RepeatRule</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="159" />
            <location filename="../../src/cardfile/ui/problems.py" line="325" />
            <source>“{value}” is not a time zone.</source>
            <translation>„{value}“ er ekki tímabelti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="160" />
            <source>The repeat rule's part “{value}” is not written as NAME=VALUE.</source>
            <translation>Hlutinn „{value}“ í endurtekningarreglunni er ekki ritaður sem HEITI=GILDI.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="161" />
            <source>{part} is not part of a repeat rule (RFC 5545).</source>
            <translation>{part} er ekki hluti af endurtekningarreglu (RFC 5545).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="162" />
            <source>The repeat rule gives {part} twice.</source>
            <translation>Endurtekningarreglan tilgreinir {part} tvisvar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="163" />
            <source>The repeat rule does not say how often it repeats (FREQ).</source>
            <translation>Endurtekningarreglan segir ekki hversu oft hún endurtekur sig (FREQ).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="164" />
            <source>{part}={value}: Cardfile repeats activities daily, weekly, monthly or yearly.</source>
            <translation>{part}={value}: Cardfile endurtekur verkþætti daglega, vikulega, mánaðarlega eða árlega.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="167" />
            <source>The repeat rule ends both after a number of times (COUNT) and on a date (UNTIL); it can do only one.</source>
            <translation>Endurtekningarreglan endar bæði eftir tiltekinn fjölda skipta (COUNT) og á dagsetningu (UNTIL); hún getur aðeins gert annað.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="170" />
            <source>{part}={value}: the number of times is a whole number above 0.</source>
            <translation>{part}={value}: fjöldi skipta er heil tala stærri en 0.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="173" />
            <source>{part}={value}: a series repeats every 1 to 1000 days, weeks, months or years.</source>
            <translation>{part}={value}: röð endurtekur sig á 1 til 1000 daga, vikna, mánaða eða ára fresti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="176" />
            <source>“{value}” is not a repeat rule Cardfile can read (RFC 5545).</source>
            <translation>„{value}“ er ekki endurtekningarregla sem Cardfile getur lesið (RFC 5545).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="177" />
            <source>{part}={value}: the rule's months never have these days, so it never happens.</source>
            <translation>{part}={value}: mánuðir reglunnar hafa aldrei þessa daga, svo hún gerist aldrei.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="180" />
            <source>{part}={value} is not a date (20250331) or a time (20250331T235959Z).</source>
            <translation>{part}={value} er hvorki dagsetning (20250331) né tími (20250331T235959Z).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="183" />
            <source>Choose the weekdays from Monday to Sunday.</source>
            <translation>Veldu vikudaga frá mánudegi til sunnudags.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="184" />
            <source>The week of the month is the first to the fourth, or the last.</source>
            <translation>Vika mánaðarins er sú fyrsta til fjórða, eða sú síðasta.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="185" />
            <source>Say after how many times the series ends.</source>
            <translation>Segðu eftir hve mörg skipti röðin endar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="186" />
            <source>Say on which date the series ends.</source>
            <translation>Segðu á hvaða dagsetningu röðin endar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="187" />
            <source>The series would end before it starts.</source>
            <translation>Röðin myndi enda áður en hún byrjar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="200" />
            <source>Cardfile cannot use this repeat rule: {rule}</source>
            <translation>Cardfile getur ekki notað þessa endurtekningarreglu: {rule}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="56" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Pipeline</source>
            <translation>Söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="57" />
            <source>Forecast by month</source>
            <translation>Spá eftir mánuðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="58" />
            <source>Forecast by quarter</source>
            <translation>Spá eftir ársfjórðungum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="59" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Contact list</source>
            <translation>Tengiliðalisti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="60" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Activities</source>
            <translation>Verkþættir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="61" />
            <source>By stage</source>
            <translation>Eftir stigum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="62" />
            <source>Deals</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="63" />
            <source>People</source>
            <translation>Fólk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="64" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="203" />
            <source>By month</source>
            <translation>Eftir mánuðum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="65" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="204" />
            <source>By quarter</source>
            <translation>Eftir ársfjórðungum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="66" />
            <source>In {currency}</source>
            <translation>Í {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="67" />
            <source>Stage</source>
            <translation>Stig</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="68" />
            <source>Currency</source>
            <translation>Gjaldmiðill</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="69" />
            <source>Total</source>
            <translation>Samtals</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="70" />
            <source>Weighted</source>
            <translation>Vegið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="71" />
            <source>Deal</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="72" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="73" />
            <source>Amount</source>
            <translation>Upphæð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="74" />
            <source>Probability</source>
            <translation>Líkur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="75" />
            <source>Close</source>
            <translation>Lok</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="76" />
            <source>Owner</source>
            <translation>Eigandi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="77" />
            <source>Month</source>
            <translation>Mánuður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="78" />
            <source>Quarter</source>
            <translation>Ársfjórðungur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="79" />
            <source>Open deals</source>
            <translation>Opin sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="80" />
            <source>Won deals</source>
            <translation>Unnin sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="81" />
            <source>Won</source>
            <translation>Unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="82" />
            <source>Everyone</source>
            <translation>Allir</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="83" />
            <source>All</source>
            <translation>Allt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="84" />
            <source>No close date</source>
            <translation>Engin lokadagsetning</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="85" />
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="86" />
            <source>Title</source>
            <translation>Starfsheiti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="87" />
            <source>Email</source>
            <translation>Netfang</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="88" />
            <source>Phone</source>
            <translation>Sími</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="89" />
            <source>Town</source>
            <translation>Bær</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="90" />
            <source>When</source>
            <translation>Hvenær</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="91" />
            <source>Type</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="92" />
            <source>Subject</source>
            <translation>Efni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="93" />
            <source>With</source>
            <translation>Með</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="94" />
            <source>Status</source>
            <translation>Staða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="95" />
            <source>Expected close</source>
            <translation>Áætluð lok</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="96" />
            <source>Added</source>
            <translation>Bætt við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="97" />
            <source>Dates</source>
            <translation>Dagsetningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="98" />
            <source>none needed</source>
            <translation>þurfti ekkert</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="99" />
            <source>Totals in {currency} are converted at exchange rates you entered: {rates}.</source>
            <translation>Samtölur í {currency} eru umreiknaðar á gengi sem þú slóst inn: {rates}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="102" />
            <source>Times are in {zone}; a repeating activity has a line per occurrence.</source>
            <translation>Tímar eru á tímabeltinu {zone}; endurtekinn verkþáttur fær eina línu fyrir hvert skipti.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="105" />
            <source>! after a close date: the deal is open and its expected close date has passed.</source>
            <translation>! á eftir lokadegi: sölutækifærið er opið og áætlaður lokadagur þess er liðinn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="108" />
            <source>! after a status: the activity is overdue (its time has passed and it is not cleared).</source>
            <translation>! á eftir stöðu: verkþátturinn er kominn fram yfir tíma (tími hans er liðinn og honum er ekki lokið).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="112" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won.</source>
            <translation>Opin sölutækifæri teljast á því tímabili sem áætlaður lokadagur þeirra fellur á, vegin með líkum; unnin sölutækifæri á því tímabili sem þau unnust.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="130" />
            <source>scheduled</source>
            <translation>á dagskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="133" />
            <source>Total: {count}</source>
            <translation>Samtals: {count}</translation>
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
            <translation>Búið til {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="64" />
            <source>Page {page} of {pages}</source>
            <translation>Síða {page} af {pages}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="65" />
            <source>Nothing to show.</source>
            <translation>Ekkert að sýna.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="66" />
            <source>This computer has no font for {scripts}: those characters are shown as boxes. Install a font for them (for example from the Noto family) and make the report again.</source>
            <translation>Þessi tölva hefur ekkert letur fyrir {scripts}: þeir stafir birtast sem kassar. Settu upp letur fyrir þá (til dæmis úr Noto-fjölskyldunni) og búðu skýrsluna til aftur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="137" />
            <source>… and %Ln more row(s): printing, the PDF and the CSV have them all.</source>
            <translation>
                <numerusform>… og %Ln lína í viðbót: prentunin, PDF-skráin og CSV-skráin hafa þær allar.</numerusform>
                <numerusform>… og %Ln línur í viðbót: prentunin, PDF-skráin og CSV-skráin hafa þær allar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="172" />
            <source>Reports</source>
            <translation>Skýrslur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Forecast</source>
            <translation>Spá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="193" />
            <source>Anyone</source>
            <translation>Hver sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="198" />
            <source>All pipelines</source>
            <translation>Öll söluferli</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="207" />
            <source>Each currency apart</source>
            <translation>Hver gjaldmiðill sér</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="209" />
            <source>Also all in {currency}</source>
            <translation>Einnig allt í {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="212" />
            <source>Any type</source>
            <translation>Hvaða tegund sem er</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="217" />
            <source>Scheduled and cleared</source>
            <translation>Á dagskrá og lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="218" />
            <source>Scheduled</source>
            <translation>Á dagskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="219" />
            <source>Done</source>
            <translation>Lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="220" />
            <source>Cancelled</source>
            <translation>Hætt við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="229" />
            <source>&amp;Owner:</source>
            <translation>&amp;Eigandi:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="230" />
            <source>&amp;Pipeline:</source>
            <translation>&amp;Söluferli:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="231" />
            <source>Periods:</source>
            <translation>Tímabil:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="232" />
            <source>&amp;Currencies:</source>
            <translation>&amp;Gjaldmiðlar:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="233" />
            <source>&amp;Type:</source>
            <translation>&amp;Tegund:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="234" />
            <source>&amp;Status:</source>
            <translation>St&amp;aða:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="243" />
            <source>&amp;Print…</source>
            <translation>&amp;Prenta…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="244" />
            <source>Save as P&amp;DF…</source>
            <translation>Vista sem P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="245" />
            <source>Export &amp;CSV…</source>
            <translation>Flytja út &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="295" />
            <source>&amp;Added:</source>
            <translation>&amp;Bætt við:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="296" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="297" />
            <source>&amp;Expected close:</source>
            <translation>Áætluð &amp;lok:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="298" />
            <source>&amp;Dates:</source>
            <translation>&amp;Dagsetningar:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="344" />
            <source>The dates end before they start.</source>
            <translation>Dagsetningarnar enda áður en þær byrja.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="346" />
            <source>Making the report…</source>
            <translation>Býr til skýrsluna…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="367" />
            <source>{title}: %Ln row(s).</source>
            <translation>
                <numerusform>{title}: %Ln lína.</numerusform>
                <numerusform>{title}: %Ln línur.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>Save as PDF</source>
            <translation>Vista sem PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-skjöl (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="438" />
            <source>Making the PDF… (a long report takes a while; you can go on working)</source>
            <translation>Býr til PDF… (löng skýrsla tekur sinn tíma; þú getur haldið áfram að vinna)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="442" />
            <source>Saving {title} as PDF</source>
            <translation>Vistar {title} sem PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="454" />
            <source>Saved {path}.</source>
            <translation>Vistað {path}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="456" />
            <source>No font on this computer has {scripts}: those letters show as boxes.</source>
            <translation>Ekkert letur á þessari tölvu hefur {scripts}: þeir stafir birtast sem kassar.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="470" />
            <source>Could not write the PDF {path}: {problem}</source>
            <translation>Ekki tókst að skrifa PDF-skrána {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>Export as CSV</source>
            <translation>Flytja út sem CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-skrár (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="494" />
            <source>Could not write the CSV {path}: {problem}</source>
            <translation>Ekki tókst að skrifa CSV-skrána {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="500" />
            <source>Exported {path}.</source>
            <translation>Flutt út {path}.</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="276" />
            <source>Reschedule Activity</source>
            <translation>Færa verkþátt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="278" />
            <source>Reschedule %Ln Activities</source>
            <translation>
                <numerusform>Færa %Ln verkþátt</numerusform>
                <numerusform>Færa %Ln verkþætti</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>It keeps its length.</source>
            <translation>Hann heldur lengd sinni.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>Each keeps its time of day and length.</source>
            <translation>Hver heldur sínum tíma dags og lengd.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="305" />
            <source>&amp;Move to:</source>
            <translation>&amp;Færa á:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="307" />
            <source>Move</source>
            <translation>Færa</translation>
        </message>
    </context>
    <context>
        <name>Result</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="816" />
            <source>completed</source>
            <translation>lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="817" />
            <source>left a message</source>
            <translation>skildi eftir skilaboð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="818" />
            <source>no answer</source>
            <translation>ekkert svar</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Edit Activity</source>
            <translation>Breyta verkþætti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Schedule Activity</source>
            <translation>Skrá verkþátt á dagskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="103" />
            <source>Schedule one activity with each person (as one step to undo)</source>
            <translation>Skrá einn verkþátt á dagskrá með hverri manneskju (sem eitt skref til að afturkalla)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="109" />
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="154" />
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="115" />
            <source>Skip This Occurrence</source>
            <translation>Sleppa þessu tilviki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="119" />
            <source>Leave this one occurrence out; the series goes on (Ctrl+Z brings it back)</source>
            <translation>Sleppa aðeins þessu eina tilviki; röðin heldur áfram (Ctrl+Z færir það aftur)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="124" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation>Ctrl+S vistar · Esc hættir við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="157" />
            <source>Save again to schedule it anyway.</source>
            <translation>Vistaðu aftur til að skrá hann á dagskrá samt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="158" />
            <source>Save Anyway</source>
            <translation>Vista samt</translation>
        </message>
    </context>
    <context>
        <name>Script</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Greek</source>
            <translation>gríska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <source>Cyrillic</source>
            <translation>kýrillíska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Armenian</source>
            <translation>armenska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Hebrew</source>
            <translation>hebreska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Arabic</source>
            <translation>arabíska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Devanagari</source>
            <translation>devanagari-letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Bengali</source>
            <translation>bengalska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Tamil</source>
            <translation>tamílska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Thai</source>
            <translation>taílenska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Lao</source>
            <translation>laóska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Georgian</source>
            <translation>georgíska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Hangul (Korean)</source>
            <translation>hangul-letrið (kóreska)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Ethiopic</source>
            <translation>eþíópíska letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Japanese kana</source>
            <translation>japanska kana-letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Bopomofo</source>
            <translation>bopomofo-letrið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Chinese characters (kanji, hanja)</source>
            <translation>kínversku táknin (kanji, hanja)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>emoji</source>
            <translation>tjáknin (emoji)</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="90" />
            <source>Show all %Ln contacts</source>
            <translation>
                <numerusform>Sýna alla %Ln tengiliði</numerusform>
                <numerusform>Sýna alla %Ln tengiliði</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="91" />
            <source>Show all %Ln companies</source>
            <translation>
                <numerusform>Sýna öll %Ln fyrirtæki</numerusform>
                <numerusform>Sýna öll %Ln fyrirtæki</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="92" />
            <source>Show all %Ln activities</source>
            <translation>
                <numerusform>Sýna alla %Ln verkþætti</numerusform>
                <numerusform>Sýna alla %Ln verkþætti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="93" />
            <source>Show all %Ln notes</source>
            <translation>
                <numerusform>Sýna allar %Ln athugasemdir</numerusform>
                <numerusform>Sýna allar %Ln athugasemdir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="94" />
            <source>Show all %Ln deals</source>
            <translation>
                <numerusform>Sýna öll %Ln sölutækifæri</numerusform>
                <numerusform>Sýna öll %Ln sölutækifæri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="96" />
            <source>Show all %Ln</source>
            <translation>
                <numerusform>Sýna öll %Ln</numerusform>
                <numerusform>Sýna öll %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Details</source>
            <translation>Nánar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Outcome</source>
            <translation>Niðurstaða</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="103" />
            <source>{field} ({label})</source>
            <translation>{field} ({label})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="109" />
            <source>scheduled</source>
            <translation>á dagskrá</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="110" />
            <source>done</source>
            <translation>lokið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="111" />
            <source>cancelled</source>
            <translation>hætt við</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="112" />
            <source>skipped</source>
            <translation>sleppt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="113" />
            <source>open</source>
            <translation>opið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="114" />
            <source>won</source>
            <translation>unnið</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="115" />
            <source>lost</source>
            <translation>tapað</translation>
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
                <numerusform>{names} og %Ln í viðbót</numerusform>
                <numerusform>{names} og %Ln í viðbót</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="211" />
            <source>No matches for “{query}”</source>
            <translation>Engar niðurstöður fyrir „{query}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="469" />
            <location filename="../../src/cardfile/ui/search.py" line="487" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
            <translation>Leita í tengiliðum, fyrirtækjum, sölutækifærum … (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="491" />
            <source>Preparing search … {percent}%</source>
            <translation>Undirbýr leit … {percent}%</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="493" />
            <source>Search is being prepared after the first sync ({percent}% done). You can search meanwhile: every record is found, only more slowly.</source>
            <translation>Verið er að undirbúa leitina eftir fyrstu samstillingu ({percent}% lokið). Þú getur leitað á meðan: allar færslur finnast, bara hægar.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="67" />
            <source>Settings</source>
            <translation>Stillingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="79" />
            <source>Given name first — Anna Berg</source>
            <translation>Fornafn fyrst — Anna Berg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="80" />
            <source>Family name first — Berg Anna</source>
            <translation>Eftirnafn fyrst — Berg Anna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="82" />
            <source>Names</source>
            <translation>Nöfn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="83" />
            <source>Show &amp;names:</source>
            <translation>Sýna &amp;nöfn:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="84" />
            <source>Chinese, Japanese and Korean names are always written family name first.</source>
            <translation>Kínversk, japönsk og kóresk nöfn eru alltaf skrifuð með eftirnafni fyrst.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="88" />
            <source>None — numbers need their + country code</source>
            <translation>Ekkert — númer þurfa + og landsnúmer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="93" />
            <source>Phone numbers</source>
            <translation>Símanúmer</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="94" />
            <source>Default &amp;country:</source>
            <translation>Sjálfgefið &amp;land:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="97" />
            <source>Phone numbers typed without a + are read as numbers of this country, so a search finds them whichever way they were written.</source>
            <translation>Símanúmer sem slegin eru inn án + eru lesin sem númer í þessu landi, svo leit finnur þau hvernig sem þau voru skrifuð.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Dates</source>
            <translation>Dagsetningar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Show &amp;dates as:</source>
            <translation>Sýna &amp;dagsetningar sem:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="117" />
            <source>Start</source>
            <translation>Ræsing</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="118" />
            <source>&amp;Open Cardfile on:</source>
            <translation>&amp;Opna Cardfile á:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="119" />
            <source>The page the window shows when Cardfile starts: the Dashboard, say.</source>
            <translation>Síðan sem glugginn sýnir þegar Cardfile ræsist: til dæmis Yfirlit.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="123" />
            <source>System default</source>
            <translation>Sjálfgefið í kerfinu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="129" />
            <source>Language</source>
            <translation>Tungumál</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="130" />
            <source>&amp;Language:</source>
            <translation>&amp;Tungumál:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="133" />
            <source>Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. Cardfile speaks a newly chosen language after it is restarted.</source>
            <translation>Valmyndir, skilaboð, dagsetningar, tímar, tölur og fjárhæðir fylgja tungumálinu sem valið er hér. Cardfile notar nývalið tungumál eftir endurræsingu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="139" />
            <source>S&amp;ync Settings…</source>
            <translation>&amp;Stillingar samstillingar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="143" />
            <source>Sync</source>
            <translation>Samstilling</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="144" />
            <source>The sync server, your sign-in and automatic sync have a page of their own.</source>
            <translation>Samstillingarþjónninn, innskráningin þín og sjálfvirk samstilling hafa sína eigin síðu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="156" />
            <source>As the system shows them — {example}</source>
            <translation>Eins og kerfið sýnir þær — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="157" />
            <source>ISO 8601 — {example}</source>
            <translation>ISO 8601 — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="158" />
            <source>Written out — {example}</source>
            <translation>Skrifaðar út — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="175" />
            <source>The language could not be saved. {problem}</source>
            <translation>Ekki tókst að vista tungumálið. {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="184" />
            <source>Rewriting names</source>
            <translation>Endurskrifar nöfn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="186" />
            <source>Rebuilding the search index</source>
            <translation>Endurbyggir leitarskrána</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="63" />
            <source>{record} — made private by its owner; your change was not kept</source>
            <translation>{record} — eigandinn gerði færsluna persónulega; breytingin þín var ekki vistuð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="65" />
            <source>{record} — only an administrator may give it to another user</source>
            <translation>{record} — aðeins kerfisstjóri getur afhent færsluna öðrum notanda</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="67" />
            <source>{record} — only an administrator may take it from {owner}</source>
            <translation>{record} — aðeins kerfisstjóri getur tekið færsluna af {owner}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="69" />
            <source>{record} — only an administrator may take it from its owner</source>
            <translation>{record} — aðeins kerfisstjóri getur tekið færsluna af eiganda hennar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="71" />
            <source>{record} — only its owner may make it private or public</source>
            <translation>{record} — aðeins eigandinn getur gert færsluna persónulega eða sameiginlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>{record} — only {owner} or an administrator may erase it</source>
            <translation>{record} — aðeins {owner} eða kerfisstjóri getur eytt færslunni varanlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>{record} — only its owner or an administrator may erase it</source>
            <translation>{record} — aðeins eigandinn eða kerfisstjóri getur eytt færslunni varanlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="77" />
            <source>{record}, {field} — the server cannot keep this value</source>
            <translation>{record}, {field} — þjónninn getur ekki geymt þetta gildi</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="79" />
            <source>{record} — the server cannot keep one of its values</source>
            <translation>{record} — þjónninn getur ekki geymt eitt gilda færslunnar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="81" />
            <source>{record}, {field} — too large to sync; it stays on this device only</source>
            <translation>{record}, {field} — of stórt til að samstilla; það verður aðeins á þessu tæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="85" />
            <source>{record} — a value too large to sync; it stays on this device only</source>
            <translation>{record} — gildi sem er of stórt til að samstilla verður aðeins á þessu tæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="86" />
            <source>{record} — the server did not keep your change</source>
            <translation>{record} — þjónninn vistaði ekki breytinguna þína</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="92" />
            <source>“{name}”</source>
            <comment>a record's name in a sentence</comment>
            <translation>„{name}“</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="94" />
            <source>a contact</source>
            <translation>tengiliður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="95" />
            <source>a company</source>
            <translation>fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>a deal</source>
            <translation>sala</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="97" />
            <source>an activity</source>
            <translation>verkþáttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="98" />
            <source>a note</source>
            <translation>athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="100" />
            <source>a record</source>
            <translation>færsla</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="108" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln breyting bíður</numerusform>
                <numerusform>%Ln breytingar bíða</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="112" />
            <source>%Ln conflict(s)</source>
            <translation>
                <numerusform>%Ln árekstur</numerusform>
                <numerusform>%Ln árekstrar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="118" />
            <source>Syncing…</source>
            <translation>Samstillir…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="120" />
            <source>Sync: checking…</source>
            <translation>Samstilling: athugar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="122" />
            <source>Not set up</source>
            <translation>Ekki uppsett</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline — {waiting}</source>
            <translation>Ótengt — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline</source>
            <translation>Ótengt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in — {waiting}</source>
            <translation>Ekki innskráð — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in</source>
            <translation>Ekki innskráð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed — {waiting}</source>
            <translation>Samstilling mistókst — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed</source>
            <translation>Samstilling mistókst</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet · {waiting}</source>
            <translation>Ekki samstillt enn · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet</source>
            <translation>Ekki samstillt enn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="134" />
            <source>Synced {when} · {waiting}</source>
            <translation>Samstillt {when} · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="135" />
            <source>Synced {when}</source>
            <translation>Samstillt {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="141" />
            <source>Reading the sync state…</source>
            <translation>Les stöðu samstillingar…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="143" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation>Þessi gagnagrunnur er ekki samstilltur við þjón. Samstilling ▸ Stillingar samstillingar setur það upp.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="144" />
            <source>Syncs with {server} as {user}.</source>
            <translation>Samstillist við {server} sem {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="146" />
            <source>Last synced {when}.</source>
            <translation>Síðast samstillt {when}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="148" />
            <source>Syncs by itself every %Ln minute(s).</source>
            <translation>
                <numerusform>Samstillist sjálfkrafa á %Ln mínútu fresti.</numerusform>
                <numerusform>Samstillist sjálfkrafa á %Ln mínútna fresti.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="150" />
            <source>{waiting} to be sent.</source>
            <translation>{waiting} á eftir að senda.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Sending changes: {count}</source>
            <translation>Sendir breytingar: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Receiving changes: {count}</source>
            <translation>Tekur á móti breytingum: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="258" />
            <source>Syncing</source>
            <translation>Samstillir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="271" />
            <source>Synced, but the server overruled %Ln change(s): {reason}. The value it holds is back.</source>
            <translation>
                <numerusform>Samstillt, en þjónninn hafnaði %Ln breytingu: {reason}. Gildið sem hann geymir er komið aftur.</numerusform>
                <numerusform>Samstillt, en þjónninn hafnaði %Ln breytingum: {reason}. Gildið sem hann geymir er komið aftur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="279" />
            <source>Synced: %Ln change(s) sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation>
                <numerusform>Samstillt: %Ln breyting send, {received} mótteknar; {conflicts} til yfirferðar í Samstilling ▸ Árekstrar.</numerusform>
                <numerusform>Samstillt: %Ln breytingar sendar, {received} mótteknar; {conflicts} til yfirferðar í Samstilling ▸ Árekstrar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="287" />
            <source>Synced: %Ln change(s) sent, {received} received.</source>
            <translation>
                <numerusform>Samstillt: %Ln breyting send, {received} mótteknar.</numerusform>
                <numerusform>Samstillt: %Ln breytingar sendar, {received} mótteknar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="332" />
            <source>Sync</source>
            <translation>Samstilling</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="352" />
            <source>Signing in</source>
            <translation>Skráir inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="356" />
            <source>Signing out</source>
            <translation>Skráir út</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Using the other values</source>
            <translation>Notar hin gildin</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Keeping values</source>
            <translation>Heldur gildum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="410" />
            <source>Values sync could not merge: review them (Sync ▸ Conflicts)</source>
            <translation>Gildi sem samstilling gat ekki sameinað: farðu yfir þau (Samstilling ▸ Árekstrar)</translation>
        </message>
    </context>
    <context>
        <name>SyncReason</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="30" />
            <source>wrong user name or password</source>
            <translation>rangt notandanafn eða lykilorð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="31" />
            <source>this computer's sign-in was revoked or has expired; sign in again</source>
            <translation>innskráning þessarar tölvu var afturkölluð eða er útrunnin; skráðu þig inn aftur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="32" />
            <source>this computer is not signed in yet</source>
            <translation>þessi tölva er ekki enn skráð inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="33" />
            <source>what this computer sent is more than the server takes at once</source>
            <translation>þessi tölva sendi meira en þjónninn tekur við í einu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="34" />
            <source>the server and this version of Cardfile speak different versions of the sync protocol; update the older one</source>
            <translation>þjónninn og þessi útgáfa Cardfile nota ólíkar útgáfur samstillingarsamskiptanna; uppfærðu þá eldri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="38" />
            <source>the server ran into an error of its own; nothing was changed, try again later</source>
            <translation>villa kom upp í þjóninum sjálfum; engu var breytt, reyndu aftur síðar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="39" />
            <source>the server could not take what this computer sent; nothing was changed</source>
            <translation>þjónninn gat ekki tekið við því sem þessi tölva sendi; engu var breytt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="40" />
            <source>the server expected this computer's changes in another order; they are sent again</source>
            <translation>þjónninn átti von á breytingum þessarar tölvu í annarri röð; þær eru sendar aftur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="41" />
            <source>nothing answers at that address (is the server running?)</source>
            <translation>ekkert svarar á þessu vistfangi (er þjónninn í gangi?)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="42" />
            <source>it did not answer in time</source>
            <translation>hann svaraði ekki í tæka tíð</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="43" />
            <source>the server's name is not known on this network</source>
            <translation>nafn þjónsins þekkist ekki á þessu neti</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="44" />
            <source>the secure connection failed</source>
            <translation>örugg tenging mistókst</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="45" />
            <source>the network connection failed</source>
            <translation>nettengingin brást</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="46" />
            <source>the connection dropped before the answer came through</source>
            <translation>tengingin rofnaði áður en svarið barst</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="47" />
            <source>its answer is not a sync server's answer</source>
            <translation>svar hans er ekki svar samstillingarþjóns</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="48" />
            <source>its answer does not follow the sync protocol</source>
            <translation>svar hans fylgir ekki samstillingarsamskiptunum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="49" />
            <source>a password is needed the first time</source>
            <translation>lykilorðs er þörf í fyrsta sinn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="50" />
            <source>this database is a restored backup or a copy of another; it syncs on as a new device</source>
            <translation>þessi gagnagrunnur er endurheimt öryggisafrit eða afrit af öðrum; hann heldur áfram að samstilla sem nýtt tæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="55" />
            <source>the user {account} is disabled on this server</source>
            <translation>notandinn {account} er óvirkur á þessum þjóni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="57" />
            <source>this user is disabled on this server</source>
            <translation>þessi notandi er óvirkur á þessum þjóni</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="59" />
            <source>this database already syncs as {account}; sign in as {account} or use another database</source>
            <translation>þessi gagnagrunnur samstillir þegar sem {account}; skráðu þig inn sem {account} eða notaðu annan gagnagrunn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="65" />
            <source>too many failed sign-ins; try again in {wait}</source>
            <translation>of margar misheppnaðar innskráningar; reyndu aftur eftir {wait}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="66" />
            <source>too many failed sign-ins; try again later</source>
            <translation>of margar misheppnaðar innskráningar; reyndu aftur síðar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="70" />
            <source>this computer's clock is {ahead} ahead of the server's: set its date and time right; the changes made meanwhile wait on this computer</source>
            <translation>klukka þessarar tölvu er {ahead} á undan klukku þjónsins: stilltu dagsetningu og tíma rétt; breytingar sem gerðar voru á meðan bíða á þessari tölvu</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="74" />
            <source>this computer's clock is ahead of the server's: set its date and time right</source>
            <translation>klukka þessarar tölvu er á undan klukku þjónsins: stilltu dagsetningu og tíma rétt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="77" />
            <source>it answered with HTTP status {status}</source>
            <translation>hann svaraði með HTTP-stöðu {status}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="78" />
            <source>it gave no reason this version of Cardfile knows</source>
            <translation>hann gaf enga ástæðu sem þessi útgáfa Cardfile þekkir</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="41" />
            <source>Off — only when I choose Sync Now</source>
            <translation>Slökkt — aðeins þegar ég vel Samstilla núna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="43" />
            <source>Every hour</source>
            <translation>Á klukkustundar fresti</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="45" />
            <source>Every %Ln hour(s)</source>
            <translation>
                <numerusform>Á %Ln klukkustundar fresti</numerusform>
                <numerusform>Á %Ln klukkustunda fresti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="46" />
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>Á %Ln mínútu fresti</numerusform>
                <numerusform>Á %Ln mínútna fresti</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="55" />
            <source>Sync Settings</source>
            <translation>Stillingar samstillingar</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="57" />
            <source>Sync keeps this database and your office's sync server in step: your changes go up, everyone else's come down. You can keep working while it runs.</source>
            <translation>Samstilling heldur þessum gagnagrunni og samstillingarþjóni skrifstofunnar í takt: breytingarnar þínar fara upp, breytingar allra hinna koma niður. Þú getur haldið áfram að vinna á meðan.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="81" />
            <source>&amp;Password:</source>
            <translation>&amp;Lykilorð:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="84" />
            <source>Send my password &amp;without encryption (the address is not https://)</source>
            <translation>Senda lykilorðið mitt án &amp;dulkóðunar (slóðin er ekki https://)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="91" />
            <source>&amp;Sign In</source>
            <translation>&amp;Skrá inn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="94" />
            <source>Sign &amp;Out</source>
            <translation>Skrá &amp;út</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="103" />
            <source>Server</source>
            <translation>Þjónn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="104" />
            <source>Ser&amp;ver:</source>
            <translation>&amp;Þjónn:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="105" />
            <source>&amp;User name:</source>
            <translation>&amp;Notandanafn:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="123" />
            <source>Automatic sync</source>
            <translation>Sjálfvirk samstilling</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="124" />
            <source>Sync &amp;automatically:</source>
            <translation>Samstilla s&amp;jálfkrafa:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="125" />
            <source>Sync Now (F9, or in the Sync menu) syncs whenever you choose.</source>
            <translation>Samstilla núna (F9, eða í valmyndinni Samstilling) samstillir hvenær sem þú vilt.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="127" />
            <source>Sync &amp;Now</source>
            <translation>Samstill&amp;a núna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="159" />
            <source>Signed in as {user}.</source>
            <translation>Innskráð sem {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="161" />
            <source>Not signed in: type the password and sign in.</source>
            <translation>Ekki innskráð: sláðu inn lykilorðið og skráðu þig inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="163" />
            <source>Not set up: give the server and your user name, then sign in.</source>
            <translation>Ekki uppsett: gefðu upp þjóninn og notandanafnið þitt og skráðu þig svo inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="210" />
            <source>Signing in to {server}…</source>
            <translation>Skráir inn á {server}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="222" />
            <source>Signed in. Sync Now brings this database and the server together.</source>
            <translation>Innskráð. Samstilla núna samræmir þennan gagnagrunn og þjóninn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="224" />
            <source>Signed in for this session only: without a keyring Cardfile asks again after a restart.</source>
            <translation>Innskráð aðeins fyrir þessa lotu: án lyklakippu spyr Cardfile aftur eftir endurræsingu.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="230" />
            <source>Signed out. Changes made here wait until you sign in.</source>
            <translation>Útskráð. Breytingar sem gerðar eru hér bíða þar til þú skráir þig inn.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="239" />
            <location filename="../../src/cardfile/ui/sync/settings.py" line="243" />
            <source>Syncing…</source>
            <translation>Samstillir…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="249" />
            <source>Synced: %Ln change(s) sent and {received} received.</source>
            <translation>
                <numerusform>Samstillt: %Ln breyting send og {received} mótteknar.</numerusform>
                <numerusform>Samstillt: %Ln breytingar sendar og {received} mótteknar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="735" />
            <source>Remove the tag “{tag}”</source>
            <translation>Fjarlægja merkið „{tag}“</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="92" />
            <source>Tag</source>
            <translation>Merki</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="760" />
            <source>Add a tag…</source>
            <translation>Bæta við merki…</translation>
        </message>
    </context>
    <context>
        <name>TaskIndicator</name>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="298" />
            <source>Stop</source>
            <translation>Stöðva</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="299" />
            <source>Stop this task</source>
            <translation>Stöðva þetta verk</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="344" />
            <source>{title} (and {count} more)</source>
            <translation>{title} (og {count} í viðbót)</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="33" />
            <source>Contact</source>
            <translation>Tengiliður</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="34" />
            <source>Company</source>
            <translation>Fyrirtæki</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="35" />
            <source>Activity</source>
            <translation>Verkþáttur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="36" />
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="37" />
            <source>Deal</source>
            <translation>Sölutækifæri</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="38" />
            <source>Group</source>
            <translation>Hópur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="39" />
            <source>Saved lookup</source>
            <translation>Vistuð uppfletting</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="40" />
            <source>Custom field</source>
            <translation>Sérsniðinn reitur</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>(no name)</source>
            <translation>(ekkert nafn)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="52" />
            <source>Kind</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="53" />
            <source>Deleted</source>
            <translation>Eytt</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="72" />
            <source>Trash</source>
            <translation>Ruslakarfa</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="73" />
            <source>The Trash is empty</source>
            <translation>Ruslakarfan er tóm</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="74" />
            <source>Records you delete wait here until you restore them or erase them for good.</source>
            <translation>Færslur sem þú eyðir bíða hér þar til þú endurheimtir þær eða eyðir þeim varanlega.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="82" />
            <source>&amp;Restore</source>
            <translation>&amp;Endurheimta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="85" />
            <source>Bring the selected records back, with their links</source>
            <translation>Færa völdu færslurnar til baka, með tengslum sínum</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="88" />
            <source>&amp;Erase…</source>
            <translation>Eyða &amp;varanlega…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="91" />
            <source>Erase the selected records and their history for good</source>
            <translation>Eyða völdu færslunum og sögu þeirra varanlega</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="93" />
            <source>Empty &amp;Trash…</source>
            <translation>&amp;Tæma ruslakörfu…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="112" />
            <source>Restore</source>
            <translation>Endurheimta</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="132" />
            <source>Erase “{name}” for good? It and its whole history leave the database; this cannot be undone.</source>
            <translation>Eyða „{name}“ varanlega? Færslan og öll saga hennar hverfa úr gagnagrunninum; ekki er hægt að afturkalla þetta.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase %Ln record(s) for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation>
                <numerusform>Eyða %Ln færslu varanlega? Hún og öll saga hennar hverfa úr gagnagrunninum; ekki er hægt að afturkalla þetta.</numerusform>
                <numerusform>Eyða %Ln færslum varanlega? Þær og öll saga þeirra hverfa úr gagnagrunninum; ekki er hægt að afturkalla þetta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="141" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="149" />
            <source>Erase for Good</source>
            <translation>Eyða varanlega</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="158" />
            <source>Erase all %Ln record(s) in the Trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>Eyða %Ln færslu í ruslakörfunni varanlega? Ekki er hægt að afturkalla þetta.</numerusform>
                <numerusform>Eyða öllum %Ln færslunum í ruslakörfunni varanlega? Ekki er hægt að afturkalla þetta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="159" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="164" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="171" />
            <source>Empty Trash</source>
            <translation>Tæma ruslakörfu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="172" />
            <source>%Ln record(s) in the Trash belong to someone else: only their owner or an administrator of the sync server can erase them. They stay in the Trash, and anyone may restore them.</source>
            <translation>
                <numerusform>%Ln færsla í ruslakörfunni tilheyrir einhverjum öðrum: aðeins eigandi hennar eða stjórnandi samstillingarþjónsins getur eytt henni varanlega. Hún verður áfram í ruslakörfunni og hver sem er má endurheimta hana.</numerusform>
                <numerusform>%Ln færslur í ruslakörfunni tilheyra einhverjum öðrum: aðeins eigandi þeirra eða stjórnandi samstillingarþjónsins getur eytt þeim varanlega. Þær verða áfram í ruslakörfunni og hver sem er má endurheimta þær.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="188" />
            <source>%Ln record(s) in the Trash</source>
            <translation>
                <numerusform>%Ln færsla í ruslakörfunni</numerusform>
                <numerusform>%Ln færslur í ruslakörfunni</numerusform>
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
