<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="320" />
            <source>Undo {action}</source>
            <translation>เลิกทำ {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="321" />
            <source>Redo {action}</source>
            <translation>ทำซ้ำ {action}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="326" />
            <source>Clear %Ln activity(ies)</source>
            <translation>
                <numerusform>ทำเครื่องหมายว่ากิจกรรม %Ln รายการเสร็จ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>Reschedule %Ln activity(ies)</source>
            <translation>
                <numerusform>เลื่อนนัดกิจกรรม %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="328" />
            <source>Delete %Ln activity(ies)</source>
            <translation>
                <numerusform>ลบกิจกรรม %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="337" />
            <source>Schedule an activity with each of %Ln person(s)</source>
            <translation>
                <numerusform>นัดหมายกิจกรรมกับแต่ละคนจาก %Ln คน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="339" />
            <source>Import from {file}</source>
            <translation>นำเข้าจาก {file}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="341" />
            <source>Add contact</source>
            <translation>เพิ่มผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="342" />
            <source>Add contacts</source>
            <translation>เพิ่มผู้ติดต่อหลายรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="343" />
            <source>Edit contact</source>
            <translation>แก้ไขผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="344" />
            <source>Delete contact</source>
            <translation>ลบผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="345" />
            <source>Restore contact</source>
            <translation>กู้คืนผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="346" />
            <source>Tag contacts</source>
            <translation>ติดแท็กผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="347" />
            <source>Delete contacts</source>
            <translation>ลบผู้ติดต่อหลายรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="348" />
            <source>Tag companies</source>
            <translation>ติดแท็กบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="349" />
            <source>Delete companies</source>
            <translation>ลบบริษัทหลายรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="350" />
            <source>Add company</source>
            <translation>เพิ่มบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="351" />
            <source>Edit company</source>
            <translation>แก้ไขบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="352" />
            <source>Delete company</source>
            <translation>ลบบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="353" />
            <source>Restore company</source>
            <translation>กู้คืนบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="354" />
            <source>Schedule activity</source>
            <translation>นัดหมายกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="355" />
            <source>Edit activity</source>
            <translation>แก้ไขกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="356" />
            <source>Clear activity</source>
            <translation>ทำเครื่องหมายว่ากิจกรรมเสร็จ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="357" />
            <source>Delete activity</source>
            <translation>ลบกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="358" />
            <source>Restore activity</source>
            <translation>กู้คืนกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="359" />
            <source>Change one occurrence</source>
            <translation>เปลี่ยนครั้งเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="360" />
            <source>Skip one occurrence</source>
            <translation>ข้ามครั้งเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="361" />
            <source>Reschedule activity</source>
            <translation>เลื่อนนัดกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="362" />
            <source>Add activity type</source>
            <translation>เพิ่มประเภทกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="363" />
            <source>Snooze alarm</source>
            <translation>เลื่อนการแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="364" />
            <source>Dismiss alarm</source>
            <translation>ปิดการแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="365" />
            <source>Fix the dates of timeless activities</source>
            <translation>แก้ไขวันที่ของกิจกรรมที่ไม่มีเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="366" />
            <source>Add note</source>
            <translation>เพิ่มบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="367" />
            <source>Edit note</source>
            <translation>แก้ไขบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="368" />
            <source>Delete note</source>
            <translation>ลบบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="369" />
            <source>Restore note</source>
            <translation>กู้คืนบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="370" />
            <source>Add deal</source>
            <translation>เพิ่มดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="371" />
            <source>Edit deal</source>
            <translation>แก้ไขดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="372" />
            <source>Move deal</source>
            <translation>ย้ายดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="373" />
            <source>Close deal</source>
            <translation>ปิดดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="374" />
            <source>Reopen deal</source>
            <translation>เปิดดีลอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="375" />
            <source>Delete deal</source>
            <translation>ลบดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="376" />
            <source>Delete deals</source>
            <translation>ลบดีลหลายรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="377" />
            <source>Restore deal</source>
            <translation>กู้คืนดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="378" />
            <source>Add to list</source>
            <translation>เพิ่มลงในรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="379" />
            <source>Remove from list</source>
            <translation>นำออกจากรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="380" />
            <source>Add pipeline</source>
            <translation>เพิ่มไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="381" />
            <source>Rename pipeline</source>
            <translation>เปลี่ยนชื่อไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="382" />
            <source>Remove pipeline</source>
            <translation>นำไปป์ไลน์การขายออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="383" />
            <source>Add stage</source>
            <translation>เพิ่มขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="384" />
            <source>Change stage</source>
            <translation>เปลี่ยนขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="385" />
            <source>Reorder stages</source>
            <translation>จัดลำดับขั้นตอนใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="386" />
            <source>Remove stage</source>
            <translation>นำขั้นตอนออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="387" />
            <source>Add group</source>
            <translation>เพิ่มกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="388" />
            <source>Rename group</source>
            <translation>เปลี่ยนชื่อกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="389" />
            <source>Add to group</source>
            <translation>เพิ่มลงในกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="390" />
            <source>Remove from group</source>
            <translation>นำออกจากกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="391" />
            <source>Delete group</source>
            <translation>ลบกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="392" />
            <source>Restore group</source>
            <translation>กู้คืนกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="393" />
            <source>Save lookup</source>
            <translation>บันทึกการค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="394" />
            <source>Edit lookup</source>
            <translation>แก้ไขการค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="395" />
            <source>Delete lookup</source>
            <translation>ลบการค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="396" />
            <source>Add custom field</source>
            <translation>เพิ่มฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="397" />
            <source>Edit custom field</source>
            <translation>แก้ไขฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="398" />
            <source>Remove custom field</source>
            <translation>นำฟิลด์กำหนดเองออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="399" />
            <source>Restore custom field</source>
            <translation>กู้คืนฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="400" />
            <source>Restore from Trash</source>
            <translation>กู้คืนจากถังขยะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="401" />
            <source>Erase record</source>
            <translation>ลบระเบียนถาวร</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="402" />
            <source>Empty Trash</source>
            <translation>ล้างถังขยะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="403" />
            <source>Merge contacts</source>
            <translation>รวมผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="404" />
            <source>Merge companies</source>
            <translation>รวมบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="405" />
            <source>Unmerge contacts</source>
            <translation>แยกผู้ติดต่อที่รวมไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="406" />
            <source>Unmerge companies</source>
            <translation>แยกบริษัทที่รวมไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="407" />
            <source>Mark as not duplicates</source>
            <translation>ทำเครื่องหมายว่าไม่ใช่รายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="408" />
            <source>Unmark not duplicates</source>
            <translation>ยกเลิกเครื่องหมายว่าไม่ใช่รายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="409" />
            <source>Carry over edits to merged records</source>
            <translation>นำการแก้ไขไปใช้กับระเบียนที่รวมแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="410" />
            <source>Sync</source>
            <translation>ซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="411" />
            <source>Sync (first on this device)</source>
            <translation>ซิงค์ (ครั้งแรกบนอุปกรณ์นี้)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="412" />
            <source>Sync (sent)</source>
            <translation>ซิงค์ (ส่ง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="413" />
            <source>Sync (received)</source>
            <translation>ซิงค์ (รับ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="414" />
            <source>Sign in to sync</source>
            <translation>ลงชื่อเข้าใช้การซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="415" />
            <source>Rebuild names after a sync</source>
            <translation>สร้างชื่อใหม่หลังการซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="416" />
            <source>Take the other value</source>
            <translation>ใช้ค่าอีกค่าหนึ่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="417" />
            <source>Keep the current value</source>
            <translation>คงค่าปัจจุบันไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="418" />
            <source>Prepare search</source>
            <translation>เตรียมการค้นหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="419" />
            <source>Rebuild the search index</source>
            <translation>สร้างดัชนีการค้นหาใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="420" />
            <source>Change name order</source>
            <translation>เปลี่ยนลำดับชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="421" />
            <source>Repair database</source>
            <translation>ซ่อมแซมฐานข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="422" />
            <source>import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="432" />
            <location filename="../../src/cardfile/ui/words.py" line="435" />
            <source>Delete {records}</source>
            <translation>ลบ {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="433" />
            <location filename="../../src/cardfile/ui/words.py" line="436" />
            <source>Tag {records}</source>
            <translation>ติดแท็ก {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="434" />
            <source>Add {records}</source>
            <translation>เพิ่ม {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="448" />
            <source>&amp;Undo</source>
            <translation>เ&amp;ลิกทำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="449" />
            <source>&amp;Undo {action}</source>
            <translation>เ&amp;ลิกทำ {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="455" />
            <source>&amp;Redo</source>
            <translation>ทำ&amp;ซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="456" />
            <source>&amp;Redo {action}</source>
            <translation>ทำ&amp;ซ้ำ {action}</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="279" />
            <source>Activities</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="280" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="187" />
            <source>&amp;Schedule…</source>
            <translation>&amp;นัดหมาย…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/kind.py" line="281" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln กิจกรรม</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="282" />
            <source>Activities: {count}</source>
            <translation>กิจกรรม: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="283" />
            <source>Nothing to do here</source>
            <translation>ไม่มีสิ่งที่ต้องทำที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="284" />
            <source>Calls, meetings and to-dos you schedule are listed here until you clear them. Schedule one with Ctrl+Shift+A from anywhere, or from a person's Activities tab.</source>
            <translation>การโทร การประชุม และสิ่งที่ต้องทำที่คุณนัดหมายไว้จะแสดงที่นี่จนกว่าคุณจะทำเครื่องหมายว่าเสร็จ นัดหมายได้ด้วย Ctrl+Shift+A จากทุกที่ หรือจากแท็บกิจกรรมของบุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="288" />
            <source>No activities in this view</source>
            <translation>ไม่มีกิจกรรมในมุมมองนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="289" />
            <source>Select an activity to see it.</source>
            <translation>เลือกกิจกรรมเพื่อดูรายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="290" />
            <source>Ac&amp;tivity</source>
            <translation>กิจกร&amp;รม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="86" />
            <source>&amp;Today</source>
            <translation>&amp;วันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="87" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="302" />
            <source>&amp;Overdue</source>
            <translation>เ&amp;ลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="88" />
            <source>This &amp;Week</source>
            <translation>&amp;สัปดาห์นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="89" />
            <source>&amp;Upcoming</source>
            <translation>&amp;กำลังจะมาถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="90" />
            <source>A&amp;ll</source>
            <translation>&amp;ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="98" />
            <source>Any priority</source>
            <translation>ความสำคัญใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>High</source>
            <translation>สูง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Normal</source>
            <translation>ปกติ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Low</source>
            <translation>ต่ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="105" />
            <source>Anyone (type a name)</source>
            <translation>ใครก็ได้ (พิมพ์ชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="121" />
            <source>T&amp;ype:</source>
            <translation>&amp;ประเภท:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="122" />
            <source>P&amp;riority:</source>
            <translation>&amp;ความสำคัญ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="123" />
            <source>O&amp;wner:</source>
            <translation>เ&amp;จ้าของ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="124" />
            <source>&amp;With:</source>
            <translation>&amp;ร่วมกับ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="133" />
            <source>Drop tasks on a day to move them there; they keep their time of day</source>
            <translation>วางงานบนวันที่ต้องการเพื่อย้ายไปวันนั้น โดยงานจะคงเวลาเดิมของวันไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="136" />
            <source>Drag tasks onto a day to move them.</source>
            <translation>ลากงานไปวางบนวันที่ต้องการเพื่อย้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="141" />
            <source>Birthdays and anniversaries</source>
            <translation>วันเกิดและวันครบรอบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="171" />
            <source>C&amp;lear…</source>
            <translation>ทำเครื่องหมายว่า&amp;เสร็จ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="172" />
            <source>Clear the selected tasks: say how they went (Ctrl+D)</source>
            <translation>ทำเครื่องหมายว่างานที่เลือกเสร็จ: ระบุผลลัพธ์ (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="174" />
            <source>&amp;Reschedule…</source>
            <translation>เ&amp;ลื่อนนัด…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="176" />
            <source>Move the selected tasks to another day or time (Ctrl+R)</source>
            <translation>ย้ายงานที่เลือกไปวันหรือเวลาอื่น (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="248" />
            <source>Any type</source>
            <translation>ประเภทใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="259" />
            <source>Anyone</source>
            <translation>ใครก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="261" />
            <source>me</source>
            <translation>ฉัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="275" />
            <source>Nothing more for today</source>
            <translation>ไม่มีงานอื่นสำหรับวันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="276" />
            <source>Nothing overdue</source>
            <translation>ไม่มีงานที่เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="277" />
            <source>Nothing more this week</source>
            <translation>ไม่มีงานอื่นในสัปดาห์นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="278" />
            <source>Nothing coming up</source>
            <translation>ไม่มีงานที่กำลังจะมาถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="279" />
            <source>Nothing to do</source>
            <translation>ไม่มีสิ่งที่ต้องทำ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln งาน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source> (filtered)</source>
            <translation> (กรองแล้ว)</translation>
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
                <numerusform>งานที่เลยกำหนด %Ln งาน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="341" />
            <source>None in the next two weeks</source>
            <translation>ไม่มีในสองสัปดาห์ข้างหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="349" />
            <source>birthday ({age})</source>
            <translation>วันเกิด ({age})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="351" />
            <source>birthday</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="355" />
            <source>anniversary ({years})</source>
            <translation>วันครบรอบ ({years})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="357" />
            <source>anniversary</source>
            <translation>วันครบรอบ</translation>
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
            <translation>เปิด {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="404" />
            <source>Reschedule</source>
            <translation>เลื่อนนัด</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="36" />
            <source>&amp;Schedule…</source>
            <translation>&amp;นัดหมาย…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="38" />
            <source>Schedule a call, meeting or to-do about this record</source>
            <translation>นัดหมายการโทร การประชุม หรือสิ่งที่ต้องทำเกี่ยวกับระเบียนนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="79" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>ยังไม่มีการนัดหมาย การโทร การประชุม และสิ่งที่ต้องทำกับผู้ติดต่อนี้จะแสดงที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="87" />
            <source>Coming up</source>
            <translation>กำลังจะมาถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="94" />
            <source>overdue</source>
            <translation>เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="97" />
            <source>(no subject)</source>
            <translation>(ไม่มีหัวเรื่อง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="102" />
            <source> · with {people}</source>
            <translation> · กับ {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="103" />
            <source>Clear…</source>
            <translation>ทำเครื่องหมายว่าเสร็จ…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="108" />
            <source>… and %Ln more in the task list</source>
            <translation>
                <numerusform>… และอีก %Ln รายการในรายการงาน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="110" />
            <source>Done</source>
            <translation>เสร็จแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="113" />
            <source>did not take place</source>
            <translation>ไม่ได้เกิดขึ้น</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="123" />
            <source>… and %Ln earlier in History</source>
            <translation>
                <numerusform>… และอีก %Ln รายการก่อนหน้าในประวัติ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="159" />
            <source>Activities</source>
            <translation>กิจกรรม</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="119" />
            <source>Schedule a Follow-up</source>
            <translation>นัดหมายการติดตามผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>That activity was deleted.</source>
            <translation>กิจกรรมนั้นถูกลบแล้ว</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="57" />
            <source>no date</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="65" />
            <source>{first} – {last}, all day</source>
            <translation>{first} – {last} ทั้งวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="68" />
            <source>{day}, all day</source>
            <translation>{day} ทั้งวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="78" />
            <source>overdue</source>
            <translation>เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>done</source>
            <translation>เสร็จแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>cancelled</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>skipped</source>
            <translation>ข้ามแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>low</source>
            <translation>ต่ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>normal</source>
            <translation>ปกติ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>high</source>
            <translation>สูง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="99" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="125" />
            <source>When</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="101" />
            <source>Subject</source>
            <translation>หัวเรื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="102" />
            <source>Type</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="103" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="137" />
            <source>Priority</source>
            <translation>ความสำคัญ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="147" />
            <source>With</source>
            <translation>ร่วมกับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="111" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="136" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="112" />
            <source>Owner</source>
            <translation>เจ้าของ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="127" />
            <source>Length</source>
            <translation>ระยะเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="131" />
            <source>In its zone</source>
            <translation>ตามเขตเวลาของกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="134" />
            <source>Repeats</source>
            <translation>การทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="135" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="201" />
            <source>scheduled</source>
            <translation>นัดหมายแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="138" />
            <source>Alarm</source>
            <translation>การแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>Private</source>
            <translation>ส่วนตัว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>only you see it</source>
            <translation>เห็นเฉพาะคุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="141" />
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="142" />
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="144" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="146" />
            <source>Deal</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="151" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>Result</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>did not take place</source>
            <translation>ไม่ได้เกิดขึ้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="155" />
            <source>Happened</source>
            <translation>เกิดขึ้นเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="157" />
            <source>Cleared</source>
            <translation>ทำเครื่องหมายว่าเสร็จเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="158" />
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="159" />
            <source>What came of it</source>
            <translation>ผลที่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="160" />
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="236" />
            <source>History</source>
            <translation>ประวัติ</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditors</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="70" />
            <source>New Type…</source>
            <translation>ประเภทใหม่…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>New Activity Type</source>
            <translation>ประเภทกิจกรรมใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>Name of the new type (a demo, a visit…):</source>
            <translation>ชื่อของประเภทใหม่ (การสาธิต การเยี่ยมลูกค้า…):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="142" />
            <source>At a time</source>
            <translation>ระบุเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="143" />
            <source>All day</source>
            <translation>ทั้งวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="144" />
            <source>Any time that day</source>
            <translation>เวลาใดก็ได้ในวันนั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="145" />
            <source>No date</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <source>no length</source>
            <translation>ไม่ระบุระยะเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="222" />
            <source>for {length}</source>
            <translation>เป็นเวลา {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="161" />
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="166" />
            <source>The last day of an activity over several days</source>
            <translation>วันสุดท้ายของกิจกรรมที่มีหลายวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="254" />
            <source>Does not repeat</source>
            <translation>ไม่ทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="255" />
            <source>Daily</source>
            <translation>รายวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="256" />
            <source>Weekly</source>
            <translation>รายสัปดาห์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="257" />
            <source>Monthly</source>
            <translation>รายเดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="258" />
            <source>Yearly</source>
            <translation>รายปี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="264" />
            <source>every </source>
            <translation>ทุก </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="265" />
            <source>Every 2: every other day, week, month or year</source>
            <translation>ทุก 2: วัน สัปดาห์ เดือน หรือปีเว้นครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>forever</source>
            <translation>ตลอดไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>until</source>
            <translation>จนถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>for</source>
            <translation>เป็นจำนวน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="297" />
            <source> times</source>
            <translation> ครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="341" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="501" />
            <source>on day {day}</source>
            <translation>ในวันที่ {day}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="344" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="496" />
            <source>on the {nth} {weekday}</source>
            <translation>ใน{weekday}{nth}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="346" />
            <source>on the last {weekday}</source>
            <translation>ใน{weekday}สุดท้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="399" />
            <location filename="../../src/cardfile/ui/activities/form.py" line="383" />
            <source>A repeating activity needs a date.</source>
            <translation>กิจกรรมที่ทำซ้ำต้องมีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="408" />
            <source>The series would end before it starts.</source>
            <translation>ชุดกิจกรรมจะสิ้นสุดก่อนเริ่มต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="432" />
            <source>As set elsewhere: {rule}</source>
            <translation>ตามที่ตั้งไว้ที่อื่น: {rule}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="468" />
            <source>first</source>
            <translation>แรก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="469" />
            <source>second</source>
            <translation>ที่สอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="470" />
            <source>third</source>
            <translation>ที่สาม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="471" />
            <source>fourth</source>
            <translation>ที่สี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="472" />
            <source>last</source>
            <translation>สุดท้าย</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every day</source>
            <translation>
                <numerusform>ทุกวัน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>ทุก %Ln วัน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every week</source>
            <translation>
                <numerusform>ทุกสัปดาห์</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every %Ln week(s)</source>
            <translation>
                <numerusform>ทุก %Ln สัปดาห์</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every month</source>
            <translation>
                <numerusform>ทุกเดือน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every %Ln month(s)</source>
            <translation>
                <numerusform>ทุก %Ln เดือน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every year</source>
            <translation>
                <numerusform>ทุกปี</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every %Ln year(s)</source>
            <translation>
                <numerusform>ทุก %Ln ปี</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="491" />
            <source>on {days}</source>
            <translation>ใน{days}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="503" />
            <source>on {date}</source>
            <translation>ในวันที่ {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="507" />
            <source>until {date}</source>
            <translation>จนถึง {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="509" />
            <source>%Ln time(s)</source>
            <translation>
                <numerusform>%Ln ครั้ง</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="583" />
            <source>Add a person: type part of a name</source>
            <translation>เพิ่มบุคคล: พิมพ์ส่วนหนึ่งของชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="614" />
            <source>{name} ×</source>
            <translation>{name} ×</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="615" />
            <source>Take {name} off this activity</source>
            <translation>นำ {name} ออกจากกิจกรรมนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="630" />
            <source>Choose a person from the suggestions, or clear the field.</source>
            <translation>เลือกบุคคลจากรายการแนะนำ หรือล้างช่องนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="644" />
            <source>No deal (type part of its name)</source>
            <translation>ไม่มีดีล (พิมพ์ส่วนหนึ่งของชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="649" />
            <source>Not about a deal</source>
            <translation>ไม่เกี่ยวกับดีลใด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="680" />
            <source>Choose a deal from the suggestions, or clear the field.</source>
            <translation>เลือกดีลจากรายการแนะนำ หรือล้างช่องนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="159" />
            <source>Call</source>
            <translation>การโทร</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>To-do</source>
            <translation>สิ่งที่ต้องทำ</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="182" />
            <source>Change a Repeating Activity</source>
            <translation>เปลี่ยนกิจกรรมที่ทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="183" />
            <source>“{subject}” repeats. Change only this occurrence, or the whole series?</source>
            <translation>“{subject}” เป็นกิจกรรมที่ทำซ้ำ ต้องการเปลี่ยนเฉพาะครั้งนี้ หรือทั้งชุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="190" />
            <source>This Occurrence</source>
            <translation>เฉพาะครั้งนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="192" />
            <source>Whole Series</source>
            <translation>ทั้งชุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="203" />
            <source>Overlapping Activities</source>
            <translation>กิจกรรมที่เวลาทับซ้อนกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="204" />
            <source>Save it anyway?</source>
            <translation>บันทึกต่อไปหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="213" />
            <source>This overlaps “{subject}” ({when}) of yours.</source>
            <translation>กิจกรรมนี้ทับซ้อนกับ “{subject}” ({when}) ของคุณ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/form.py" line="215" />
            <source>And %Ln more.</source>
            <translation>
                <numerusform>และอีก %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Low</source>
            <translation>ต่ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Normal</source>
            <translation>ปกติ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>High</source>
            <translation>สูง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="254" />
            <source>&amp;Type</source>
            <translation>&amp;ประเภท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="255" />
            <source>&amp;Subject</source>
            <translation>&amp;หัวเรื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="259" />
            <source>When</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="261" />
            <source>&amp;When</source>
            <translation>เ&amp;วลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="262" />
            <source>&amp;Repeats</source>
            <translation>การ&amp;ทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="266" />
            <source>With</source>
            <translation>ร่วมกับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="268" />
            <source>&amp;People</source>
            <translation>&amp;บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="269" />
            <source>C&amp;ompany</source>
            <translation>บ&amp;ริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="270" />
            <source>&amp;Deal</source>
            <translation>&amp;ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="274" />
            <source>Options</source>
            <translation>ตัวเลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="276" />
            <source>P&amp;riority</source>
            <translation>&amp;ความสำคัญ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="277" />
            <source>&amp;Alarm</source>
            <translation>การแ&amp;จ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="278" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>&amp;ส่วนตัว: เห็นเฉพาะคุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="281" />
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="286" />
            <source>This activity was deleted meanwhile; its changes cannot be saved.</source>
            <translation>กิจกรรมนี้ถูกลบไปในระหว่างนี้ จึงบันทึกการเปลี่ยนแปลงไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="309" />
            <source>An activity needs a subject: what is it about?</source>
            <translation>กิจกรรมต้องมีหัวเรื่อง: กิจกรรมนี้เกี่ยวกับอะไร</translation>
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="293" />
            <source>Street</source>
            <translation>ถนน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="294" />
            <source>Apartment, suite</source>
            <translation>อาคาร ห้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="295" />
            <source>PO box</source>
            <translation>ตู้ ปณ.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="296" />
            <source>Postcode</source>
            <translation>รหัสไปรษณีย์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="297" />
            <source>City</source>
            <translation>เมือง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="298" />
            <source>State or region</source>
            <translation>รัฐหรือภูมิภาค</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="299" />
            <source>Country</source>
            <translation>ประเทศ</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="142" />
            <source>&amp;Schedule…</source>
            <translation>&amp;นัดหมาย…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="143" />
            <source>&amp;Today</source>
            <translation>&amp;วันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="147" />
            <source>Back (Alt+Left)</source>
            <translation>ย้อนกลับ (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="149" />
            <source>On (Alt+Right)</source>
            <translation>ถัดไป (Alt+Right)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="150" />
            <source>&amp;Open…</source>
            <translation>เ&amp;ปิด…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="151" />
            <source>&amp;Clear…</source>
            <translation>ทำเครื่องหมายว่า&amp;เสร็จ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="154" />
            <source>&amp;Day</source>
            <translation>&amp;รายวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="155" />
            <source>&amp;Work Week</source>
            <translation>สัปดาห์&amp;ทำงาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="156" />
            <source>W&amp;eek</source>
            <translation>ราย&amp;สัปดาห์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="157" />
            <source>&amp;Month</source>
            <translation>รายเ&amp;ดือน</translation>
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
            <translation>ย้ายกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="325" />
            <source>Change Length</source>
            <translation>เปลี่ยนระยะเวลา</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/page.py" line="342" />
            <source>%Ln activity(s) shown</source>
            <translation>
                <numerusform>แสดงกิจกรรม %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="365" />
            <source>Unsaved Changes</source>
            <translation>การเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="366" />
            <source>Save the changes to this activity?</source>
            <translation>บันทึกการเปลี่ยนแปลงของกิจกรรมนี้หรือไม่</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="184" />
            <source>all day</source>
            <translation>ทั้งวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>All day</source>
            <translation>ทั้งวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>Any time</source>
            <translation>เวลาใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="444" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="451" />
            <source>overdue</source>
            <translation>เลยกำหนด</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="547" />
            <location filename="../../src/cardfile/ui/calendar/view.py" line="607" />
            <source>+%Ln more</source>
            <translation>
                <numerusform>+อีก %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="618" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln รายการเลยกำหนด</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="133" />
            <source>turns {years} today</source>
            <translation>อายุครบ {years} ปีวันนี้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="135" />
            <source>%Ln year(s) today</source>
            <translation>
                <numerusform>ครบ %Ln ปีวันนี้</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="140" />
            <source>turns {years} tomorrow</source>
            <translation>อายุครบ {years} ปีพรุ่งนี้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="142" />
            <source>%Ln year(s) tomorrow</source>
            <translation>
                <numerusform>ครบ %Ln ปีพรุ่งนี้</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="145" />
            <source>turns {years} in %Ln day(s)</source>
            <translation>
                <numerusform>อายุครบ {years} ปีในอีก %Ln วัน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <source>{years} in %Ln day(s)</source>
            <translation>
                <numerusform>ครบ {years}ในอีก %Ln วัน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln ปี</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>age {years}</source>
            <translation>อายุ {years} ปี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="154" />
            <source>today</source>
            <translation>วันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="156" />
            <source>tomorrow</source>
            <translation>พรุ่งนี้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="158" />
            <source>in %Ln day(s)</source>
            <translation>
                <numerusform>ในอีก %Ln วัน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>no</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="343" />
            <source>Email {address}</source>
            <translation>ส่งอีเมลถึง {address}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="344" />
            <source>Call {number}</source>
            <translation>โทรหา {number}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="352" />
            <source>Copy</source>
            <translation>คัดลอก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="353" />
            <source>Copy {value}</source>
            <translation>คัดลอก {value}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="362" />
            <source>Copied</source>
            <translation>คัดลอกแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="396" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="397" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="398" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="400" />
            <source>Web</source>
            <translation>เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="402" />
            <source>Messaging</source>
            <translation>การส่งข้อความ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="407" />
            <source>Custom fields</source>
            <translation>ฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="410" />
            <source>Tags</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="411" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>moved to the Trash</source>
            <translation>ย้ายไปที่ถังขยะแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>restored from the Trash</source>
            <translation>กู้คืนจากถังขยะแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="493" />
            <source>(empty)</source>
            <translation>(ว่าง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="495" />
            <source>(a company since erased)</source>
            <translation>(บริษัทที่ถูกลบถาวรแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="497" />
            <source>(since erased)</source>
            <translation>(ถูกลบถาวรแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="501" />
            <source>(picture)</source>
            <translation>(รูปภาพ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="507" />
            <source>(a removed field)</source>
            <translation>(ฟิลด์ที่ถูกนำออกแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="540" />
            <source>other</source>
            <translation>อื่นๆ</translation>
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
            <translation>Ctrl+S บันทึก · Esc ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="559" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="561" />
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="645" />
            <source>What you choose below is done to all of them, as one step Undo takes back.</source>
            <translation>สิ่งที่คุณเลือกด้านล่างจะมีผลกับทุกรายการ เป็นขั้นตอนเดียวที่เลิกทำได้ในครั้งเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="751" />
            <source>&amp;Save</source>
            <translation>&amp;บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="887" />
            <source>Edit</source>
            <translation>แก้ไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="889" />
            <source>Edit this card (F2)</source>
            <translation>แก้ไขการ์ดนี้ (F2)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="966" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="1044" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation>มีการเปลี่ยนแปลง · Ctrl+S บันทึก · Esc ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="95" />
            <source>{unit}, billions</source>
            <translation>{unit} (พันล้าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="96" />
            <source>{unit}, millions</source>
            <translation>{unit} (ล้าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="97" />
            <source>{unit}, thousands</source>
            <translation>{unit} (พัน)</translation>
        </message>
    </context>
    <context>
        <name>ClearDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear Activity</source>
            <translation>ทำเครื่องหมายว่ากิจกรรมเสร็จ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear %Ln Activities</source>
            <translation>
                <numerusform>ทำเครื่องหมายว่ากิจกรรม %Ln รายการเสร็จ</numerusform>
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
                <numerusform>กิจกรรมทั้ง %Ln รายการจะถูกทำเครื่องหมายว่าเสร็จ โดยถือว่าเกิดขึ้นตามเวลาที่นัดหมายไว้</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="90" />
            <source>&amp;Completed</source>
            <translation>เ&amp;สร็จสมบูรณ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="91" />
            <source>&amp;Left a message</source>
            <translation>&amp;ฝากข้อความไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="92" />
            <source>&amp;No answer</source>
            <translation>&amp;ไม่มีผู้รับสาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="93" />
            <source>&amp;Other:</source>
            <translation>&amp;อื่นๆ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="94" />
            <source>Did not take &amp;place</source>
            <translation>ไม่ได้&amp;เกิดขึ้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="98" />
            <source>in your own words</source>
            <translation>ระบุด้วยคำของคุณเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="115" />
            <source>What came of it (optional)</source>
            <translation>ผลที่ได้ (ไม่บังคับ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="118" />
            <source>Schedule a &amp;follow-up with the same people</source>
            <translation>นัดหมาย&amp;ติดตามผลกับบุคคลเดิม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="122" />
            <source>Result:</source>
            <translation>ผลการดำเนินการ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="124" />
            <source>&amp;Happened:</source>
            <translation>เ&amp;กิดขึ้นเมื่อ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="125" />
            <source>O&amp;utcome:</source>
            <translation>&amp;ผลลัพธ์:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="127" />
            <source>Clear</source>
            <translation>ทำเครื่องหมายว่าเสร็จ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="174" />
            <source>Say how it went, in a few words.</source>
            <translation>ระบุผลลัพธ์สั้นๆ</translation>
        </message>
    </context>
    <context>
        <name>CloseDeal</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Lost</source>
            <translation>ปิดการขายไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” won?</source>
            <translation>เหตุใดจึงปิดการขาย “{deal}” ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” lost?</source>
            <translation>เหตุใดจึงปิดการขาย “{deal}” ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="57" />
            <source>Reason (optional)</source>
            <translation>เหตุผล (ไม่บังคับ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="59" />
            <source>Pick a reason, or type a new one: it joins the list for next time.</source>
            <translation>เลือกเหตุผล หรือพิมพ์เหตุผลใหม่ ซึ่งจะถูกเพิ่มลงในรายการสำหรับครั้งถัดไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Won</source>
            <translation>ทำเครื่องหมายว่าปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Lost</source>
            <translation>ทำเครื่องหมายว่าปิดการขายไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>Companies</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="220" />
            <source>&amp;New Company</source>
            <translation>บริษัท&amp;ใหม่</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>%Ln company(ies)</source>
            <translation>
                <numerusform>%Ln บริษัท</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="222" />
            <source>Companies: {count}</source>
            <translation>บริษัท: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="223" />
            <source>No companies yet</source>
            <translation>ยังไม่มีบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="224" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation>รายชื่อองค์กรจะแสดงที่นี่ บริษัทจะถูกเพิ่มเมื่อคุณสร้างขึ้น หรือเมื่อคุณระบุชื่อบริษัทที่ยังไม่มีในระบบให้กับผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="229" />
            <source>No companies match the filter</source>
            <translation>ไม่มีบริษัทที่ตรงกับตัวกรอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="230" />
            <source>Select a company to see its card.</source>
            <translation>เลือกบริษัทเพื่อดูการ์ดของบริษัทนั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="231" />
            <source>&amp;Company</source>
            <translation>&amp;บริษัท</translation>
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="67" />
            <source>part of {parent}</source>
            <translation>อยู่ภายใต้ {parent}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="69" />
            <source>website</source>
            <translation>เว็บไซต์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="71" />
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="74" />
            <source>… and {count} more</source>
            <translation>… และอีก {count} รายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="76" />
            <source>People ({count})</source>
            <translation>บุคคล ({count})</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="77" />
            <source>A company named “{name}” already exists</source>
            <translation>มีบริษัทชื่อ “{name}” อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="79" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="86" />
            <source>&amp;Name</source>
            <translation>&amp;ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="87" />
            <source>&amp;Industry</source>
            <translation>&amp;อุตสาหกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="88" />
            <source>&amp;Website</source>
            <translation>เ&amp;ว็บไซต์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>&amp;Part of</source>
            <translation>อยู่&amp;ภายใต้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>The company this one belongs to, if any</source>
            <translation>บริษัทแม่ของบริษัทนี้ (ถ้ามี)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Add email address</source>
            <translation>เพิ่มที่อยู่อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Add phone number</source>
            <translation>เพิ่มหมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Add address</source>
            <translation>เพิ่มที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Web</source>
            <translation>เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Add web address</source>
            <translation>เพิ่มที่อยู่เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Messaging and social</source>
            <translation>การส่งข้อความและโซเชียล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Add account</source>
            <translation>เพิ่มบัญชี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Add date</source>
            <translation>เพิ่มวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="98" />
            <source>Tags</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="99" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="100" />
            <source>Sharing</source>
            <translation>การแชร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="105" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation>บริษัทนี้ถูกลบไปในระหว่างนี้ การเปลี่ยนแปลงของคุณจึงไม่ได้บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="110" />
            <source>Logo: choose an image file or remove the logo</source>
            <translation>โลโก้: เลือกไฟล์รูปภาพหรือนำโลโก้ออก</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="198" />
            <source>value</source>
            <translation>ค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="224" />
            <source>Remove this condition</source>
            <translation>นำเงื่อนไขนี้ออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="225" />
            <source>Remove condition</source>
            <translation>นำเงื่อนไขออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="279" />
            <source>(removed field)</source>
            <translation>(ฟิลด์ที่ถูกนำออกแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="306" />
            <source>“{field} {test}” needs a value.</source>
            <translation>“{field} {test}” ต้องระบุค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="326" />
            <source>yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="327" />
            <source>no</source>
            <translation>ไม่ใช่</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>in the Trash</source>
            <translation>อยู่ในถังขยะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>not deleted</source>
            <translation>ไม่ได้ลบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="58" />
            <source>(picture)</source>
            <translation>(รูปภาพ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="76" />
            <source>(no name)</source>
            <translation>(ไม่มีชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="79" />
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="82" />
            <source>Record</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="83" />
            <source>Field</source>
            <translation>ฟิลด์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="84" />
            <source>Current value</source>
            <translation>ค่าปัจจุบัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="85" />
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="87" />
            <source>Written by</source>
            <translation>เขียนโดย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="86" />
            <source>Other value</source>
            <translation>ค่าอื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="93" />
            <source>{user} (you)</source>
            <translation>{user} (คุณ)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="107" />
            <source>Sync Conflicts</source>
            <translation>ความขัดแย้งในการซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="108" />
            <source>These fields were changed on two computers before they synced. Each record shows the newer value; the other one is kept here, so nothing is lost. Keep the current value, or use the other.</source>
            <translation>ฟิลด์เหล่านี้ถูกเปลี่ยนบนคอมพิวเตอร์สองเครื่องก่อนที่จะซิงค์กัน แต่ละระเบียนจะแสดงค่าที่ใหม่กว่า ส่วนอีกค่าหนึ่งจะเก็บไว้ที่นี่ จึงไม่มีข้อมูลสูญหาย เลือกเก็บค่าปัจจุบันหรือใช้ค่าอื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="113" />
            <source>No conflicts</source>
            <translation>ไม่มีความขัดแย้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="114" />
            <source>When two people change the same field before they sync, the newer value is used and the other waits here for you to review.</source>
            <translation>เมื่อสองคนเปลี่ยนฟิลด์เดียวกันก่อนที่จะซิงค์ ระบบจะใช้ค่าที่ใหม่กว่า และอีกค่าหนึ่งจะรอให้คุณตรวจสอบที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="124" />
            <source>&amp;Open Record</source>
            <translation>&amp;เปิดระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="126" />
            <source>&amp;Keep Current</source>
            <translation>เ&amp;ก็บค่าปัจจุบัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="129" />
            <source>The record keeps the value it has; the other one is set aside</source>
            <translation>ระเบียนจะคงค่าเดิมไว้ ส่วนอีกค่าหนึ่งจะถูกพักไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="132" />
            <source>&amp;Use Other</source>
            <translation>&amp;ใช้ค่าอื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="135" />
            <source>The record takes the other value; it syncs to everyone</source>
            <translation>ระเบียนจะใช้ค่าอื่น และซิงค์ไปยังทุกคน</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="199" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>มีความขัดแย้ง %Ln รายการที่ต้องตรวจสอบ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="50" />
            <source>Related People</source>
            <translation>บุคคลที่เกี่ยวข้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="53" />
            <source>Personal</source>
            <translation>ส่วนตัว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="60" />
            <source>agent (assistant)</source>
            <translation>ตัวแทน (ผู้ช่วย)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="66" />
            <source>Nickname</source>
            <translation>ชื่อเล่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="69" />
            <source>Pronounced</source>
            <translation>การออกเสียง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="71" />
            <source>Birthday</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="73" />
            <source>Anniversary</source>
            <translation>วันครบรอบ</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="94" />
            <source>A contact named “{name}” at {company} already exists</source>
            <translation>มีผู้ติดต่อชื่อ “{name}” ที่ {company} อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>A contact named “{name}” already exists</source>
            <translation>มีผู้ติดต่อชื่อ “{name}” อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="100" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="112" />
            <source>Give the person a name, a company or an email address.</source>
            <translation>ระบุชื่อ บริษัท หรือที่อยู่อีเมลของบุคคลนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>&amp;Prefix</source>
            <translation>&amp;คำนำหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>&amp;Given name</source>
            <translation>&amp;ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>&amp;Middle name</source>
            <translation>ชื่อ&amp;กลาง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>&amp;Family name</source>
            <translation>&amp;นามสกุล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="119" />
            <source>Suffi&amp;x</source>
            <translation>คำ&amp;ต่อท้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="120" />
            <source>Nic&amp;kname</source>
            <translation>ชื่อเ&amp;ล่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="125" />
            <source>&amp;Display as</source>
            <translation>แสดงเ&amp;ป็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="126" />
            <source>Leave empty to show the name built from its parts</source>
            <translation>เว้นว่างไว้เพื่อแสดงชื่อที่สร้างจากส่วนต่างๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="127" />
            <source>Built from the name</source>
            <translation>สร้างจากชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="134" />
            <source>Work</source>
            <translation>งาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="136" />
            <source>&amp;Title</source>
            <translation>ตำแ&amp;หน่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="137" />
            <source>Depa&amp;rtment</source>
            <translation>แ&amp;ผนก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="138" />
            <source>C&amp;ompany</source>
            <translation>บริ&amp;ษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Add email address</source>
            <translation>เพิ่มที่อยู่อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Add phone number</source>
            <translation>เพิ่มหมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Add address</source>
            <translation>เพิ่มที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Web</source>
            <translation>เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Add web address</source>
            <translation>เพิ่มที่อยู่เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Messaging and social</source>
            <translation>การส่งข้อความและโซเชียล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Add account</source>
            <translation>เพิ่มบัญชี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="147" />
            <source>Personal</source>
            <translation>ส่วนตัว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Birthday</source>
            <translation>&amp;วันเกิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Anniversary</source>
            <translation>วันค&amp;รบรอบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Other dates</source>
            <translation>วันที่อื่นๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Add date</source>
            <translation>เพิ่มวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="151" />
            <source>Tags</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="152" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="153" />
            <source>Sharing</source>
            <translation>การแชร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="158" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation>ผู้ติดต่อนี้ถูกลบไปในระหว่างนี้ การเปลี่ยนแปลงของคุณจึงไม่ได้บันทึก</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="204" />
            <source>Contacts</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="205" />
            <source>&amp;New Contact</source>
            <translation>ผู้ติดต่อ&amp;ใหม่</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <location filename="../../src/cardfile/app.py" line="249" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln ผู้ติดต่อ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="207" />
            <source>Contacts: {count}</source>
            <translation>ผู้ติดต่อ: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="208" />
            <source>No contacts yet</source>
            <translation>ยังไม่มีผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="209" />
            <source>The people you work with will be listed here: add them one by one, or import the vCard or CSV file another address book (Outlook, Google, a phone) exports.</source>
            <translation>รายชื่อบุคคลที่คุณทำงานด้วยจะแสดงที่นี่ เพิ่มทีละรายการ หรือนำเข้าไฟล์ vCard หรือ CSV ที่ส่งออกจากสมุดที่อยู่อื่น (Outlook, Google, โทรศัพท์)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="214" />
            <source>No contacts match the filter</source>
            <translation>ไม่มีผู้ติดต่อที่ตรงกับตัวกรอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="215" />
            <source>Select a contact to see their card.</source>
            <translation>เลือกผู้ติดต่อเพื่อดูการ์ดของผู้ติดต่อนั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="216" />
            <source>&amp;Contact</source>
            <translation>&amp;ผู้ติดต่อ</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="28" />
            <source>Cardfile ran into a problem</source>
            <translation>Cardfile พบปัญหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="37" />
            <source>Something unexpected went wrong while: {action}.

What you were changing was either saved whole or not at all: the database is never left half-written. You can go on working; if it happens again, please send the details to whoever looks after Cardfile for you.</source>
            <translation>เกิดข้อผิดพลาดที่ไม่คาดคิดขณะ{action}

สิ่งที่คุณกำลังเปลี่ยนแปลงถูกบันทึกทั้งหมดหรือไม่ได้บันทึกเลย ฐานข้อมูลจะไม่ถูกเขียนค้างไว้ครึ่งทาง คุณทำงานต่อได้ หากเกิดขึ้นอีก โปรดส่งรายละเอียดให้ผู้ที่ดูแล Cardfile ให้คุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="49" />
            <source>The details are in the log file {path}</source>
            <translation>รายละเอียดอยู่ในไฟล์บันทึกการทำงาน {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="51" />
            <source>The details could not be written to a log file; copy them from here.</source>
            <translation>ไม่สามารถเขียนรายละเอียดลงในไฟล์บันทึกการทำงานได้ โปรดคัดลอกจากที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="59" />
            <source>Copy details</source>
            <translation>คัดลอกรายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="63" />
            <source>Open Log Folder</source>
            <translation>เปิดโฟลเดอร์บันทึกการทำงาน</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="82" />
            <source>Cardfile ran into %Ln problem(s)</source>
            <translation>
                <numerusform>Cardfile พบปัญหา %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="86" />
            <source>Copied</source>
            <translation>คัดลอกแล้ว</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="69" />
            <source>starting Cardfile</source>
            <translation>เริ่ม Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="133" />
            <source>pressing {keys}</source>
            <translation>กด {keys}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="141" />
            <source>choosing {command}</source>
            <translation>เลือก “{command}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="148" />
            <source>clicking {button}</source>
            <translation>คลิก “{button}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="154" />
            <source>{what} in “{window}”</source>
            <translation>{what} ใน “{window}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="166" />
            <source>“{task}”, started after {action}</source>
            <translation>“{task}” ซึ่งเริ่มหลังจาก{action}</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="91" />
            <source>Full name</source>
            <translation>ชื่อเต็ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Prefix (Dr., Ms.)</source>
            <translation>คำนำหน้า (ดร., นางสาว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Given name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Middle name</source>
            <translation>ชื่อกลาง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Family name</source>
            <translation>นามสกุล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Suffix (Jr., PhD)</source>
            <translation>คำต่อท้าย (Jr., PhD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Nickname</source>
            <translation>ชื่อเล่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Given name (phonetic)</source>
            <translation>ชื่อ (คำอ่าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Middle name (phonetic)</source>
            <translation>ชื่อกลาง (คำอ่าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Family name (phonetic)</source>
            <translation>นามสกุล (คำอ่าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Department</source>
            <translation>แผนก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Job title</source>
            <translation>ตำแหน่งงาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Birthday</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Anniversary</source>
            <translation>วันครบรอบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Tags</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Photo (web link)</source>
            <translation>รูปภาพ (ลิงก์เว็บ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>vCard UID</source>
            <translation>UID ของ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="115" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Web address</source>
            <translation>ที่อยู่เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Messaging</source>
            <translation>การส่งข้อความ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Other date</source>
            <translation>วันที่อื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="126" />
            <source>label</source>
            <translation>ป้ายกำกับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>street</source>
            <translation>ถนน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>city</source>
            <translation>เมือง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>region</source>
            <translation>ภูมิภาค</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>postal code</source>
            <translation>รหัสไปรษณีย์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>country</source>
            <translation>ประเทศ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>PO box</source>
            <translation>ตู้ ปณ.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>extended address</source>
            <translation>ที่อยู่เพิ่มเติม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>whole address</source>
            <translation>ที่อยู่ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="156" />
            <source>Add to notes with the column name</source>
            <translation>เพิ่มลงในบันทึกพร้อมชื่อคอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="158" />
            <source>Do not import</source>
            <translation>ไม่นำเข้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="165" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation>“{target}” (ไม่ใช่ฟิลด์ที่ Cardfile เวอร์ชันนี้รู้จัก)</translation>
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
            <translation>แต่ละเซลล์ที่ไม่ว่างจะถูกเพิ่มลงในบันทึกของผู้ติดต่อเป็น “คอลัมน์: ค่า”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="295" />
            <source>(empty in the first rows)</source>
            <translation>(ว่างในแถวแรกๆ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>commas</source>
            <translation>จุลภาค</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>semicolons</source>
            <translation>อัฒภาค</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>tabs</source>
            <translation>แท็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>vertical bars</source>
            <translation>เส้นตั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="317" />
            <source>a Google Contacts export</source>
            <translation>ไฟล์ที่ส่งออกจาก Google Contacts</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>an Outlook export</source>
            <translation>ไฟล์ที่ส่งออกจาก Outlook</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>a Cardfile export</source>
            <translation>ไฟล์ที่ส่งออกจาก Cardfile</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="326" />
            <source>{file}: {encoding}, separated by {delimiter}, %Ln column(s).</source>
            <translation>
                <numerusform>{file}: {encoding} คั่นด้วย{delimiter} %Ln คอลัมน์</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="333" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation>ระบบรู้จักว่าเป็น{program} จึงจับคู่คอลัมน์ไว้ให้แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="355" />
            <source>Map columns</source>
            <translation>จับคู่คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="357" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation>เลือกฟิลด์ผู้ติดต่อที่แต่ละคอลัมน์จะเติมข้อมูล ค่าตัวอย่างมาจากแถวแรกๆ ของไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="368" />
            <source>S&amp;tart from:</source>
            <translation>เ&amp;ริ่มจาก:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="370" />
            <source>&amp;Save Mapping…</source>
            <translation>&amp;บันทึกการจับคู่คอลัมน์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="373" />
            <source>&amp;Delete Saved Mapping</source>
            <translation>&amp;ลบการจับคู่คอลัมน์ที่บันทึกไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="417" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation>แนะนำจากค่าในคอลัมน์นี้ เปลี่ยนได้หากไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Column</source>
            <translation>คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Sample values</source>
            <translation>ค่าตัวอย่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Import as</source>
            <translation>นำเข้าเป็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="439" />
            <source>(column {number}, no header)</source>
            <translation>(คอลัมน์ {number} ไม่มีหัวคอลัมน์)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="447" />
            <source>Import column {column} as</source>
            <translation>นำเข้าคอลัมน์ {column} เป็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for this file</source>
            <translation>แนะนำสำหรับไฟล์นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for these files</source>
            <translation>แนะนำสำหรับไฟล์เหล่านี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save Mapping</source>
            <translation>บันทึกการจับคู่คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save this column mapping as:</source>
            <translation>บันทึกการจับคู่คอลัมน์นี้เป็น:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="548" />
            <source>Replace Mapping</source>
            <translation>แทนที่การจับคู่คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="549" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation>มีการจับคู่คอลัมน์ชื่อ “{name}” อยู่แล้ว ต้องการแทนที่หรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete Mapping</source>
            <translation>ลบการจับคู่คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation>ลบการจับคู่คอลัมน์ที่บันทึกไว้ “{name}” หรือไม่</translation>
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1011" />
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1012" />
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1067" />
            <source>Enter a number, such as {example}.</source>
            <translation>ป้อนตัวเลข เช่น {example}</translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="50" />
            <source>Text</source>
            <translation>ข้อความ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="51" />
            <source>Number</source>
            <translation>ตัวเลข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="52" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="53" />
            <source>Choice</source>
            <translation>ตัวเลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="54" />
            <source>Yes or no</source>
            <translation>ใช่หรือไม่ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="61" />
            <source>Contacts</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="62" />
            <source>Companies</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="63" />
            <source>Activities</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="64" />
            <source>Deals</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Type</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Used for</source>
            <translation>ใช้สำหรับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Choices</source>
            <translation>ตัวเลือก</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="208" />
            <source>Custom Fields</source>
            <translation>ฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="224" />
            <source>Fields of your own appear on the cards, in the lists and in lookups. Removing a field hides it; the values stay in the records and come back with Undo.</source>
            <translation>ฟิลด์ที่คุณสร้างเองจะแสดงบนการ์ด ในรายการ และในการค้นหาแบบมีเงื่อนไข การนำฟิลด์ออกเป็นการซ่อนฟิลด์นั้น ค่าต่างๆ ยังคงอยู่ในระเบียนและกลับมาได้ด้วยการเลิกทำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="230" />
            <source>&amp;Add…</source>
            <translation>&amp;เพิ่ม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="232" />
            <source>Re&amp;name…</source>
            <translation>เปลี่ยน&amp;ชื่อ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="234" />
            <source>&amp;Remove</source>
            <translation>&amp;นำออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="309" />
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="324" />
            <source>Remove Field</source>
            <translation>นำฟิลด์ออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="310" />
            <source>Remove the field “{name}” from {records}? Its values stay in the records and come back if you undo this.</source>
            <translation>นำฟิลด์ “{name}” ออกจาก {records} หรือไม่ ค่าต่างๆ จะยังคงอยู่ในระเบียนและกลับมาได้หากคุณเลิกทำ</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="86" />
            <source>This month</source>
            <translation>เดือนนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="87" />
            <source>This quarter</source>
            <translation>ไตรมาสนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="88" />
            <source>This year</source>
            <translation>ปีนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="89" />
            <source>Last month</source>
            <translation>เดือนที่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="90" />
            <source>Last quarter</source>
            <translation>ไตรมาสที่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="91" />
            <source>The last 12 months</source>
            <translation>12 เดือนที่ผ่านมา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="158" />
            <source>Dashboard</source>
            <translation>แดชบอร์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="161" />
            <source>The period won and lost deals, win rate, average size and forecast are about</source>
            <translation>ช่วงเวลาของดีลที่ปิดการขายได้และไม่ได้ อัตราการปิดการขาย มูลค่าเฉลี่ย และการคาดการณ์ยอดขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="168" />
            <source>The currency the charts show: amounts in other currencies are not added in</source>
            <translation>สกุลเงินที่แสดงในกราฟ: มูลค่าในสกุลเงินอื่นจะไม่ถูกนำมารวม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="177" />
            <source>&amp;Period:</source>
            <translation>&amp;ช่วงเวลา:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="178" />
            <source>P&amp;ipeline:</source>
            <translation>&amp;ไปป์ไลน์การขาย:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="179" />
            <source>O&amp;wner:</source>
            <translation>เ&amp;จ้าของ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="180" />
            <source>&amp;Charts in:</source>
            <translation>สกุลเงินของ&amp;กราฟ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="192" />
            <source>Activities</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="201" />
            <source>Today</source>
            <translation>วันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="202" />
            <source>Overdue</source>
            <translation>เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="214" />
            <source>Results</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="262" />
            <source>Pipeline by stage</source>
            <translation>ไปป์ไลน์การขายตามขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="275" />
            <source>Forecast by month</source>
            <translation>การคาดการณ์ยอดขายรายเดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="288" />
            <source>Biggest open deals</source>
            <translation>ดีลที่เปิดอยู่ที่มีมูลค่าสูงสุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="347" />
            <source>All pipelines</source>
            <translation>ไปป์ไลน์การขายทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="351" />
            <source>Everyone</source>
            <translation>ทุกคน</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Today (%Ln)</source>
            <translation>
                <numerusform>วันนี้ (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Overdue (%Ln)</source>
            <translation>
                <numerusform>เลยกำหนด (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing overdue.</source>
            <translation>ไม่มีงานที่เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing scheduled for today.</source>
            <translation>ไม่มีการนัดหมายสำหรับวันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="472" />
            <source>no date</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="474" />
            <source>today</source>
            <translation>วันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="478" />
            <source>{when} · {type}</source>
            <translation>{when} · {type}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="479" />
            <source>(no subject)</source>
            <translation>(ไม่มีหัวเรื่อง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="481" />
            <source>{subject} · with {people}</source>
            <translation>{subject} · กับ {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="493" />
            <source>no deal was won or lost in the period</source>
            <translation>ไม่มีดีลที่ปิดการขายได้หรือไม่ได้ในช่วงเวลานี้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="497" />
            <source>win rate of the %Ln deal(s) closed in the period</source>
            <translation>
                <numerusform>อัตราการปิดการขายได้ของดีล %Ln รายการที่ปิดในช่วงเวลานี้</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="499" />
            <source>Won: %Ln deal(s)</source>
            <translation>
                <numerusform>ปิดการขายได้: %Ln ดีล</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="500" />
            <source>Lost: %Ln deal(s)</source>
            <translation>
                <numerusform>ปิดการขายไม่ได้: %Ln ดีล</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="501" />
            <source>List the deals won in this period</source>
            <translation>แสดงรายการดีลที่ปิดการขายได้ในช่วงเวลานี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="502" />
            <source>List the deals lost in this period</source>
            <translation>แสดงรายการดีลที่ปิดการขายไม่ได้ในช่วงเวลานี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="508" />
            <source>Average deal won: {amounts}</source>
            <translation>มูลค่าเฉลี่ยของดีลที่ปิดการขายได้: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="509" />
            <source>Average deal won: none won in this period</source>
            <translation>มูลค่าเฉลี่ยของดีลที่ปิดการขายได้: ไม่มีดีลที่ปิดการขายได้ในช่วงเวลานี้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="515" />
            <source>Won (%Ln)</source>
            <translation>
                <numerusform>ปิดการขายได้ (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="517" />
            <source>%Ln deal(s) won: click to list them</source>
            <translation>
                <numerusform>ปิดการขายได้ %Ln ดีล: คลิกเพื่อแสดงรายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="521" />
            <source>Lost (%Ln)</source>
            <translation>
                <numerusform>ปิดการขายไม่ได้ (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="523" />
            <source>%Ln deal(s) lost: click to list them</source>
            <translation>
                <numerusform>ปิดการขายไม่ได้ %Ln ดีล: คลิกเพื่อแสดงรายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="543" />
            <source>{amounts} + %Ln more currency(ies)</source>
            <translation>
                <numerusform>{amounts} + อีก %Ln สกุลเงิน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="563" />
            <source>{stage}: {amount} in %Ln deal(s)</source>
            <translation>
                <numerusform>{stage}: {amount} ใน %Ln ดีล</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="568" />
            <source>{stage}: {amount} weighted</source>
            <translation>{stage}: {amount} แบบถ่วงน้ำหนัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="587" />
            <source>Weighted</source>
            <translation>ถ่วงน้ำหนัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="597" />
            <source>Total</source>
            <translation>ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="578" />
            <source>Open deals of the pipeline “{pipeline}” in {currency}; click a bar to list them.</source>
            <translation>ดีลที่เปิดอยู่ของไปป์ไลน์การขาย “{pipeline}” ในสกุลเงิน {currency} คลิกแท่งกราฟเพื่อแสดงรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="590" />
            <source>{month}: {amount} weighted</source>
            <translation>{month}: {amount} แบบถ่วงน้ำหนัก</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="600" />
            <source>{month}: {amount} in %Ln open deal(s)</source>
            <translation>
                <numerusform>{month}: {amount} ในดีลที่เปิดอยู่ %Ln ดีล</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="610" />
            <source>Open deals expected to close in the period, in {currency}; click a bar to list them.</source>
            <translation>ดีลที่เปิดอยู่ซึ่งคาดว่าจะปิดในช่วงเวลานี้ ในสกุลเงิน {currency} คลิกแท่งกราฟเพื่อแสดงรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="628" />
            <source>No open deals.</source>
            <translation>ไม่มีดีลที่เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="638" />
            <source>{amount} · {deal}</source>
            <translation>{amount} · {deal}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>lost</source>
            <translation>ปิดการขายไม่ได้</translation>
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
            <translation>ขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="77" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="205" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="260" />
            <source>Amount</source>
            <translation>มูลค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="80" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="206" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="261" />
            <source>Probability</source>
            <translation>โอกาสสำเร็จ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="89" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="207" />
            <source>Weighted</source>
            <translation>ถ่วงน้ำหนัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="98" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="208" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="263" />
            <source>Close date</source>
            <translation>วันที่คาดว่าจะปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="209" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="265" />
            <source>Owner</source>
            <translation>เจ้าของ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="204" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="262" />
            <source>Status</source>
            <translation>สถานะ</translation>
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
            <translation>{percent} % (กำหนดสำหรับดีลนี้)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="148" />
            <source>{percent} % (the stage's)</source>
            <translation>{percent} % (ตามขั้นตอน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="163" />
            <source>Reopen Deal</source>
            <translation>เปิดดีลอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Won…</source>
            <translation>ปิดการขายได้…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Lost…</source>
            <translation>ปิดการขายไม่ได้…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as won, with a reason</source>
            <translation>ปิดดีลนี้ว่าปิดการขายได้ พร้อมเหตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as lost, with a reason</source>
            <translation>ปิดดีลนี้ว่าปิดการขายไม่ได้ พร้อมเหตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="175" />
            <source>Reopen</source>
            <translation>เปิดอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="177" />
            <source>Open this deal again, in the stage it was in</source>
            <translation>เปิดดีลนี้อีกครั้งในขั้นตอนเดิม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="192" />
            <source>{pipeline} · {stage}</source>
            <translation>{pipeline} · {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="199" />
            <source>not set</source>
            <translation>ไม่ได้ระบุ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="201" />
            <source>This open deal was expected to close before today.</source>
            <translation>ดีลที่เปิดอยู่นี้คาดว่าจะปิดก่อนวันนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="211" />
            <source>Deal</source>
            <translation>ดีล</translation>
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
            <translation>ผลรวม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="227" />
            <source>{total} (the deal's amount)</source>
            <translation>{total} (มูลค่าของดีล)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="229" />
            <source>Line items</source>
            <translation>รายการสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="230" />
            <source>Custom fields</source>
            <translation>ฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <source>the stage's</source>
            <translation>ตามขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="253" />
            <source>(none)</source>
            <translation>(ไม่มี)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="242" />
            <source>(removed)</source>
            <translation>(ถูกนำออกแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="259" />
            <source>Pipeline</source>
            <translation>ไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="264" />
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="266" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="267" />
            <source>Company</source>
            <translation>บริษัท</translation>
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
            <translation>ยังไม่มีประวัติ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · added by {user}</source>
            <translation>{when} · เพิ่มโดย {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · by {user}</source>
            <translation>{when} · โดย {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="314" />
            <source>Nobody yet. Edit the deal to add the people on it and their roles.</source>
            <translation>ยังไม่มีบุคคล แก้ไขดีลเพื่อเพิ่มบุคคลที่เกี่ยวข้องและบทบาทของแต่ละคน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="316" />
            <source>(no name)</source>
            <translation>(ไม่มีชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="324" />
            <source>History</source>
            <translation>ประวัติ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="325" />
            <source>Contacts</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
    </context>
    <context>
        <name>DealFilters</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="43" />
            <source>Any close date</source>
            <translation>วันที่ปิดใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="44" />
            <source>Overdue</source>
            <translation>เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="45" />
            <source>Closing this month</source>
            <translation>ปิดเดือนนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="46" />
            <source>Closing next month</source>
            <translation>ปิดเดือนหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="47" />
            <source>Closing this quarter</source>
            <translation>ปิดไตรมาสนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="48" />
            <source>Closing next quarter</source>
            <translation>ปิดไตรมาสหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="49" />
            <source>Closing this year</source>
            <translation>ปิดปีนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="50" />
            <source>No close date</source>
            <translation>ไม่มีวันที่ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="75" />
            <source>Show the deals of one pipeline</source>
            <translation>แสดงดีลของไปป์ไลน์การขายหนึ่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="76" />
            <source>Show one person's deals</source>
            <translation>แสดงดีลของบุคคลหนึ่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="77" />
            <source>Show deals expected to close in a period</source>
            <translation>แสดงดีลที่คาดว่าจะปิดในช่วงเวลาหนึ่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="78" />
            <source>Show open, won or lost deals</source>
            <translation>แสดงดีลที่เปิดอยู่ ปิดการขายได้ หรือปิดการขายไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="81" />
            <source>Any company</source>
            <translation>บริษัทใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="83" />
            <location filename="../../src/cardfile/ui/deals/filters.py" line="226" />
            <source>Show the deals with one company: type part of its name</source>
            <translation>แสดงดีลกับบริษัทหนึ่ง: พิมพ์ส่วนหนึ่งของชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="86" />
            <source>Any status</source>
            <translation>สถานะใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="105" />
            <source>All pipelines</source>
            <translation>ไปป์ไลน์การขายทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="108" />
            <source>Anyone</source>
            <translation>ใครก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="196" />
            <source>Overdue, {range}</source>
            <translation>เลยกำหนด, {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="197" />
            <source>Closing {range}</source>
            <translation>ปิด {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="224" />
            <source>There is no company named “{name}”</source>
            <translation>ไม่มีบริษัทชื่อ “{name}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="239" />
            <source>stage {stage}</source>
            <translation>ขั้นตอน {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="241" />
            <source>in {currency}</source>
            <translation>ในสกุลเงิน {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="245" />
            <source>none closed</source>
            <translation>ไม่มีที่ปิดแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="247" />
            <source>closed {range}</source>
            <translation>ปิดแล้ว {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="255" />
            <source>(removed)</source>
            <translation>(ถูกนำออกแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="273" />
            <source>Show All</source>
            <translation>แสดงทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="275" />
            <source>Clear every filter and show all deals (Ctrl+Shift+A)</source>
            <translation>ล้างตัวกรองทั้งหมดและแสดงดีลทั้งหมด (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="284" />
            <source>Showing only deals: {filter}</source>
            <translation>แสดงเฉพาะดีล: {filter}</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="76" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="80" />
            <source>“{text}” is not a number.</source>
            <translation>“{text}” ไม่ใช่ตัวเลข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="103" />
            <source>Product or service</source>
            <translation>สินค้าหรือบริการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="104" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="212" />
            <source>Quantity</source>
            <translation>จำนวน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="213" />
            <source>Unit price</source>
            <translation>ราคาต่อหน่วย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="214" />
            <source>Discount %</source>
            <translation>ส่วนลด %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="114" />
            <source>Remove this line item</source>
            <translation>นำรายการสินค้านี้ออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="154" />
            <source>Name the product or service.</source>
            <translation>ระบุชื่อสินค้าหรือบริการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>quantity</source>
            <translation>จำนวน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>discount</source>
            <translation>ส่วนลด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="165" />
            <source>The {what} is not a number; write it as {example}.</source>
            <translation>{what}ไม่ใช่ตัวเลข โปรดเขียนเป็น {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="173" />
            <source>A quantity is more than 0, with at most 6 decimals.</source>
            <translation>จำนวนต้องมากกว่า 0 และมีทศนิยมไม่เกิน 6 ตำแหน่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="175" />
            <source>A discount is between 0 and 100 percent.</source>
            <translation>ส่วนลดต้องอยู่ระหว่าง 0 ถึง 100 เปอร์เซ็นต์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="211" />
            <source>Product</source>
            <translation>สินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="215" />
            <source>Total</source>
            <translation>ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="222" />
            <source>Add Line Item</source>
            <translation>เพิ่มรายการสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="227" />
            <source>The sum is the deal's amount</source>
            <translation>ผลรวมคือมูลค่าของดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="229" />
            <source>Keep the amount equal to the line items' sum as they change</source>
            <translation>ให้มูลค่าเท่ากับผลรวมของรายการสินค้าเสมอเมื่อมีการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="281" />
            <source>Sum: {total}</source>
            <translation>ผลรวม: {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="339" />
            <source>Type part of a name</source>
            <translation>พิมพ์ส่วนหนึ่งของชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="353" />
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="360" />
            <source>Take this person off the deal</source>
            <translation>นำบุคคลนี้ออกจากดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="400" />
            <source>Choose the person from the names offered as you type.</source>
            <translation>เลือกบุคคลจากชื่อที่แนะนำขณะพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="417" />
            <source>Add Person</source>
            <translation>เพิ่มบุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="557" />
            <source>The stage's ({percent} %)</source>
            <translation>ตามขั้นตอน ({percent} %)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="584" />
            <source>The amount is the line items' sum</source>
            <translation>มูลค่าคือผลรวมของรายการสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="601" />
            <source>A deal needs a name.</source>
            <translation>ดีลต้องมีชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="607" />
            <source>&amp;Name</source>
            <translation>&amp;ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>&amp;Company</source>
            <translation>บ&amp;ริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>The company the deal is with, if any</source>
            <translation>บริษัทที่ดีลนี้เกี่ยวข้อง (ถ้ามี)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="611" />
            <source>&amp;Amount</source>
            <translation>&amp;มูลค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="612" />
            <source>The deal's value, exactly, in its currency</source>
            <translation>มูลค่าที่แน่นอนของดีลในสกุลเงินของดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>C&amp;lose date</source>
            <translation>วันที่คาดว่าจะ&amp;ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>When the deal is expected to close</source>
            <translation>วันที่คาดว่าดีลจะปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>O&amp;wner</source>
            <translation>เ&amp;จ้าของ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>Who looks after the deal</source>
            <translation>ผู้ที่ดูแลดีลนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="622" />
            <source>Pipeline</source>
            <translation>ไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="624" />
            <source>&amp;Pipeline</source>
            <translation>&amp;ไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="625" />
            <source>&amp;Stage</source>
            <translation>ขั้น&amp;ตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="628" />
            <source>P&amp;robability</source>
            <translation>โ&amp;อกาสสำเร็จ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="633" />
            <source>The chance the deal closes; below 0 goes back to the stage's</source>
            <translation>โอกาสที่ดีลจะปิดได้ ค่าต่ำกว่า 0 จะกลับไปใช้ค่าของขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="637" />
            <source>S&amp;tatus</source>
            <translation>ส&amp;ถานะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Lost</source>
            <translation>ปิดการขายไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="642" />
            <source>Rea&amp;son</source>
            <translation>เ&amp;หตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="646" />
            <source>Why it was won or lost: pick one, or type a new one for the list</source>
            <translation>เหตุผลที่ปิดการขายได้หรือไม่ได้: เลือกหนึ่งรายการ หรือพิมพ์เหตุผลใหม่เพื่อเพิ่มลงในรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="650" />
            <source>Line items</source>
            <translation>รายการสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="651" />
            <source>People on the deal</source>
            <translation>บุคคลที่เกี่ยวข้องกับดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="656" />
            <source>This deal was deleted meanwhile; your changes were not saved.</source>
            <translation>ดีลนี้ถูกลบไปในระหว่างนี้ การเปลี่ยนแปลงของคุณจึงไม่ได้บันทึก</translation>
        </message>
    </context>
    <context>
        <name>Deals</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="31" />
            <source>Me</source>
            <translation>ฉัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Lost</source>
            <translation>ปิดการขายไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="54" />
            <source>{date} · overdue</source>
            <translation>{date} · เลยกำหนด</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="58" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln ดีล</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="67" />
            <source>{total} · weighted {weighted}</source>
            <translation>{total} · ถ่วงน้ำหนัก {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="100" />
            <source>+ %Ln more currency(ies)</source>
            <translation>
                <numerusform>+ อีก %Ln สกุลเงิน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="108" />
            <source>All periods</source>
            <translation>ทุกช่วงเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="110" />
            <source>No close date</source>
            <translation>ไม่มีวันที่ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="112" />
            <source>Q{quarter} {year}</source>
            <translation>ไตรมาส {quarter} {year}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="123" />
            <source>Undated</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="128" />
            <source>Q{quarter}</source>
            <translation>ไตรมาส {quarter}</translation>
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
            <translation>การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="84" />
            <source>Prospect</source>
            <comment>seeded</comment>
            <translation>ผู้มุ่งหวัง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="85" />
            <source>Qualified</source>
            <comment>seeded</comment>
            <translation>ผ่านการคัดกรอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Proposal</source>
            <comment>seeded</comment>
            <translation>เสนอราคา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>Negotiation</source>
            <comment>seeded</comment>
            <translation>เจรจา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="88" />
            <source>Commitment</source>
            <comment>seeded</comment>
            <translation>ยืนยัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="89" />
            <source>Price</source>
            <comment>seeded</comment>
            <translation>ราคา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Product fit</source>
            <comment>seeded</comment>
            <translation>ความเหมาะสมของสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>Relationship</source>
            <comment>seeded</comment>
            <translation>ความสัมพันธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>Service and support</source>
            <comment>seeded</comment>
            <translation>บริการและการสนับสนุน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="93" />
            <source>Timing</source>
            <comment>seeded</comment>
            <translation>จังหวะเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="94" />
            <source>Other</source>
            <comment>seeded</comment>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="95" />
            <source>Competitor</source>
            <comment>seeded</comment>
            <translation>คู่แข่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="96" />
            <source>No budget</source>
            <comment>seeded</comment>
            <translation>ไม่มีงบประมาณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="97" />
            <source>No decision</source>
            <comment>seeded</comment>
            <translation>ไม่มีการตัดสินใจ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="98" />
            <source>Decision maker</source>
            <comment>seeded</comment>
            <translation>ผู้มีอำนาจตัดสินใจ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="99" />
            <source>Economic buyer</source>
            <comment>seeded</comment>
            <translation>ผู้อนุมัติงบประมาณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="100" />
            <source>Influencer</source>
            <comment>seeded</comment>
            <translation>ผู้มีอิทธิพล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="101" />
            <source>Champion</source>
            <comment>seeded</comment>
            <translation>ผู้สนับสนุนหลัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="102" />
            <source>Technical evaluator</source>
            <comment>seeded</comment>
            <translation>ผู้ประเมินด้านเทคนิค</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="103" />
            <source>User</source>
            <comment>seeded</comment>
            <translation>ผู้ใช้</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="52" />
            <source>&amp;Board</source>
            <translation>&amp;บอร์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="53" />
            <source>The open deals as cards in a column per stage; drag a card to move the deal</source>
            <translation>ดีลที่เปิดอยู่แสดงเป็นการ์ดในคอลัมน์ของแต่ละขั้นตอน ลากการ์ดเพื่อย้ายดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="57" />
            <source>&amp;Forecast</source>
            <translation>&amp;การคาดการณ์ยอดขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="58" />
            <source>Weighted and unweighted totals by the month or quarter deals should close</source>
            <translation>ยอดรวมแบบถ่วงน้ำหนักและไม่ถ่วงน้ำหนัก ตามเดือนหรือไตรมาสที่ดีลควรปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="60" />
            <source>&amp;Pipelines…</source>
            <translation>&amp;ไปป์ไลน์การขาย…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="61" />
            <source>Add, rename, reorder and remove pipelines and their stages</source>
            <translation>เพิ่ม เปลี่ยนชื่อ จัดลำดับ และนำไปป์ไลน์การขายและขั้นตอนออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>Deals</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="235" />
            <source>&amp;New Deal</source>
            <translation>ดีล&amp;ใหม่</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="236" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln ดีล</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="237" />
            <source>Deals: {count}</source>
            <translation>ดีล: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="238" />
            <source>No deals yet</source>
            <translation>ยังไม่มีดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="239" />
            <source>Your sales opportunities are followed here, stage by stage through a pipeline: what each is worth, who is on it and when it should close.</source>
            <translation>โอกาสการขายของคุณจะติดตามได้ที่นี่ ทีละขั้นตอนตลอดไปป์ไลน์การขาย: มูลค่าของแต่ละดีล ผู้ที่เกี่ยวข้อง และวันที่ควรปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="244" />
            <source>No deals match the filter</source>
            <translation>ไม่มีดีลที่ตรงกับตัวกรอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="245" />
            <source>Select a deal to see its card.</source>
            <translation>เลือกดีลเพื่อดูการ์ดของดีลนั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="246" />
            <source>&amp;Deal</source>
            <translation>&amp;ดีล</translation>
        </message>
    </context>
    <context>
        <name>DesktopSession</name>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="59" />
            <source>{name} is open in another Cardfile window.</source>
            <translation>{name} เปิดอยู่ในหน้าต่าง Cardfile อื่น</translation>
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
            <translation>ชื่อเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="24" />
            <source>same name but for accents or case</source>
            <translation>ชื่อเดียวกัน ต่างกันเพียงเครื่องหมายเน้นเสียงหรือตัวพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="25" />
            <source>same name, words in another order</source>
            <translation>ชื่อเดียวกัน แต่ลำดับคำต่างกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="26" />
            <source>same name in another script</source>
            <translation>ชื่อเดียวกันในอักษรอื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="27" />
            <source>name a typo apart</source>
            <translation>ชื่อต่างกันเพียงพิมพ์ผิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="28" />
            <source>similar name</source>
            <translation>ชื่อคล้ายกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="30" />
            <source>same email {detail}</source>
            <translation>อีเมลเดียวกัน {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="31" />
            <source>same phone {detail}</source>
            <translation>โทรศัพท์เดียวกัน {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="32" />
            <source>same vCard UID</source>
            <translation>UID ของ vCard เดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="33" />
            <source>same company {detail}</source>
            <translation>บริษัทเดียวกัน {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="34" />
            <source>same birthday {detail}</source>
            <translation>วันเกิดเดียวกัน {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="35" />
            <source>same title {detail}</source>
            <translation>ตำแหน่งเดียวกัน {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="36" />
            <source>same website {detail}</source>
            <translation>เว็บไซต์เดียวกัน {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="37" />
            <source>same address</source>
            <translation>ที่อยู่เดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="46" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="54" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="55" />
            <source>Name (phonetic)</source>
            <translation>ชื่อ (คำอ่าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="56" />
            <source>Photo</source>
            <translation>รูปภาพ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="57" />
            <source>Logo</source>
            <translation>โลโก้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="58" />
            <source>Nickname</source>
            <translation>ชื่อเล่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="59" />
            <source>Title</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="60" />
            <source>Department</source>
            <translation>แผนก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="61" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="62" />
            <source>Parent company</source>
            <translation>บริษัทแม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="63" />
            <source>Industry</source>
            <translation>อุตสาหกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="64" />
            <source>Website</source>
            <translation>เว็บไซต์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="65" />
            <source>Birthday</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="66" />
            <source>Anniversary</source>
            <translation>วันครบรอบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="67" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="68" />
            <source>vCard UID</source>
            <translation>UID ของ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="69" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="70" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="71" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="72" />
            <source>Web</source>
            <translation>เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="73" />
            <source>Messaging</source>
            <translation>การส่งข้อความ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="74" />
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="75" />
            <source>Tags</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="76" />
            <source>Other vCard properties</source>
            <translation>คุณสมบัติ vCard อื่นๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="86" />
            <source>A record cannot be merged with itself.</source>
            <translation>ไม่สามารถรวมระเบียนเข้ากับตัวเองได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="87" />
            <source>“{record}” is no longer there.</source>
            <translation>ไม่มี “{record}” อีกต่อไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="88" />
            <source>A person and a company cannot be merged.</source>
            <translation>ไม่สามารถรวมบุคคลกับบริษัทได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="89" />
            <source>“{record}” is in the Trash or was merged already; restore or unmerge it first.</source>
            <translation>“{record}” อยู่ในถังขยะหรือถูกรวมไปแล้ว โปรดกู้คืนหรือแยกออกก่อน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="93" />
            <source>This merge was taken back already.</source>
            <translation>การรวมนี้ถูกยกเลิกไปแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="94" />
            <source>One of the records was erased for good; the merge cannot be taken back.</source>
            <translation>ระเบียนหนึ่งถูกลบถาวรแล้ว จึงยกเลิกการรวมไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="95" />
            <source>“{record}” was merged into another record since; unmerge that merge first.</source>
            <translation>“{record}” ถูกรวมเข้ากับระเบียนอื่นหลังจากนั้น โปรดแยกการรวมนั้นก่อน</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="41" />
            <source>(no name)</source>
            <translation>(ไม่มีชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="54" />
            <source>{first} and {second}: {score} — {why}</source>
            <translation>{first} และ {second}: {score} — {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="65" />
            <source>No two cards share an email address or a phone number, or have the same name with the same company, address or birthday. Pairs you marked as not duplicates are not shown again.</source>
            <translation>ไม่มีการ์ดใดที่ใช้ที่อยู่อีเมลหรือหมายเลขโทรศัพท์เดียวกัน หรือมีชื่อเดียวกันพร้อมบริษัท ที่อยู่ หรือวันเกิดเดียวกัน คู่ที่คุณทำเครื่องหมายว่าไม่ใช่รายการซ้ำจะไม่แสดงอีก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="81" />
            <source>Cards</source>
            <translation>การ์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="82" />
            <source>Score</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="83" />
            <source>Why</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="99" />
            <source>Duplicates</source>
            <translation>รายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="100" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="228" />
            <source>No duplicates found</source>
            <translation>ไม่พบรายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="113" />
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="114" />
            <source>Companies</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="116" />
            <source>&amp;Look among:</source>
            <translation>&amp;ค้นหาใน:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="118" />
            <source>&amp;Scan Again</source>
            <translation>&amp;สแกนอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="126" />
            <source>S&amp;top</source>
            <translation>&amp;หยุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="149" />
            <source>&amp;Compare and Merge…</source>
            <translation>เ&amp;ปรียบเทียบและรวม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="152" />
            <source>Show the cards side by side and merge them into one</source>
            <translation>แสดงการ์ดเทียบกันและรวมเป็นการ์ดเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="155" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;ไม่ใช่รายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="158" />
            <source>These are different people (or companies): never propose them again</source>
            <translation>รายการเหล่านี้เป็นบุคคล (หรือบริษัท) ที่ต่างกัน ไม่ต้องเสนออีก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>&amp;Open</source>
            <translation>&amp;เปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>Show the first card in its list</source>
            <translation>แสดงการ์ดแรกในรายการของการ์ดนั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="163" />
            <source>&amp;Marked Pairs…</source>
            <translation>คู่ที่&amp;ทำเครื่องหมายไว้…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="165" />
            <source>The pairs marked as not duplicates, to take a mark back</source>
            <translation>คู่ที่ทำเครื่องหมายว่าไม่ใช่รายการซ้ำ สำหรับยกเลิกเครื่องหมาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="186" />
            <source>Reading the cards…</source>
            <translation>กำลังอ่านการ์ด…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="187" />
            <source>Comparing…</source>
            <translation>กำลังเปรียบเทียบ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="188" />
            <source>Grouping…</source>
            <translation>กำลังจัดกลุ่ม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="197" />
            <source>Looking for duplicates…</source>
            <translation>กำลังค้นหารายการซ้ำ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="198" />
            <source>This takes a few seconds in a large address book.</source>
            <translation>ใช้เวลาสักครู่สำหรับสมุดที่อยู่ขนาดใหญ่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="199" />
            <source>Looking for duplicates</source>
            <translation>กำลังค้นหารายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="211" />
            <source>The scan was stopped</source>
            <translation>การสแกนถูกหยุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="212" />
            <source>Scan Again looks for duplicates from the start.</source>
            <translation>สแกนอีกครั้งจะค้นหารายการซ้ำตั้งแต่ต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="234" />
            <source>The scan failed</source>
            <translation>การสแกนล้มเหลว</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="298" />
            <source>%Ln group(s) of possible duplicates</source>
            <translation>
                <numerusform>รายการที่อาจซ้ำกัน %Ln กลุ่ม</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="322" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="323" />
            <source>Card</source>
            <translation>การ์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="324" />
            <source>Marked</source>
            <translation>ทำเครื่องหมายเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="329" />
            <source>Not Duplicates</source>
            <translation>ไม่ใช่รายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="330" />
            <source>No pairs are marked</source>
            <translation>ไม่มีคู่ที่ทำเครื่องหมายไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="331" />
            <source>Cards you mark as not duplicates in the Duplicates view are listed here.</source>
            <translation>การ์ดที่คุณทำเครื่องหมายว่าไม่ใช่รายการซ้ำในมุมมองรายการซ้ำจะแสดงที่นี่</translation>
        </message>
    </context>
    <context>
        <name>EntryLabel</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="147" />
            <source>work</source>
            <translation>ที่ทำงาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="148" />
            <source>home</source>
            <translation>บ้าน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="149" />
            <source>mobile</source>
            <translation>มือถือ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="150" />
            <source>fax</source>
            <translation>แฟกซ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="151" />
            <source>other</source>
            <translation>อื่นๆ</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="375" />
            <source>Preferred: use this one first</source>
            <translation>ที่ต้องการ: ใช้รายการนี้ก่อน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="380" />
            <source>Move up (Alt+Up)</source>
            <translation>เลื่อนขึ้น (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="384" />
            <source>Move down (Alt+Down)</source>
            <translation>เลื่อนลง (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="388" />
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="470" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="471" />
            <source>Phone number</source>
            <translation>หมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="472" />
            <source>www.example.com</source>
            <translation>www.example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="473" />
            <source>User name or number</source>
            <translation>ชื่อผู้ใช้หรือหมายเลข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="488" />
            <source>Network or messenger</source>
            <translation>เครือข่ายหรือแอปส่งข้อความ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="491" />
            <source>Network</source>
            <translation>เครือข่าย</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="467" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation>{path} ถูกเขียนโดย Cardfile เวอร์ชันที่ใหม่กว่า (สคีมา {found}) เวอร์ชันนี้เข้าใจสคีมา {supported} และจะไม่เปลี่ยนแปลงไฟล์นี้ โปรดติดตั้ง Cardfile เวอร์ชันใหม่กว่าเพื่อเปิดไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="472" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation>{path} เสียหายหรือไม่ใช่ฐานข้อมูล Cardfile ({detail}) ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="473" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation>{path} เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่ฐานข้อมูล Cardfile ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="476" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation>{path} ถูกล็อกโดยโปรแกรมอื่นหรือหน้าต่าง Cardfile อื่น โปรดลองอีกครั้งเมื่อทำงานเสร็จแล้ว ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="481" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation>ไม่สามารถเปิด {path}: {detail} ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="482" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation>{path} อ่านได้แต่เปลี่ยนแปลงที่นี่ไม่ได้ ({detail}) ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="483" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation>การตรวจสอบพบว่า {path} เสียหาย ({checked_at}: {problem}) Cardfile จะแสดงข้อมูลแต่จะไม่เปลี่ยนแปลง โปรดกู้คืนข้อมูลสำรอง (cardfile db restore FILE) หรือซ่อมแซม (cardfile db repair) ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="488" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation>ดิสก์ที่เก็บ {path} เต็ม การเปลี่ยนแปลงล่าสุดไม่ได้บันทึก โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="491" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation>ไม่สามารถสำรอง {path} ไปยัง {target}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="492" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation>ไม่ได้สร้างข้อมูลสำรองอัตโนมัติของวันนี้สำหรับ {path} ({detail}) ไม่มีสิ่งอื่นได้รับผลกระทบ และ Cardfile จะลองอีกครั้งภายในหนึ่งชั่วโมง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="497" />
            <source>There is nothing to undo</source>
            <translation>ไม่มีสิ่งที่ต้องเลิกทำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="498" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation>เฉพาะ {owner} เท่านั้นที่เปลี่ยนเจ้าของ{record_type}นี้หรือการตั้งเป็นส่วนตัวได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="499" />
            <source>No {record_type} with id {record_id}</source>
            <translation>ไม่มี{record_type}ที่มีรหัส {record_id}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="500" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation>การซิงค์ยังไม่มีเซิร์ฟเวอร์ โปรดเลือกใน ซิงค์ ▸ การตั้งค่าการซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="501" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation>ไม่สามารถเชื่อมต่อเซิร์ฟเวอร์ซิงค์ {server}: {detail} การเปลี่ยนแปลงของคุณถูกเก็บไว้และจะซิงค์ภายหลัง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="504" />
            <source>The sync server {server} refused: {detail}</source>
            <translation>เซิร์ฟเวอร์ซิงค์ {server} ปฏิเสธ: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="505" />
            <source>A sync of this database is running already.</source>
            <translation>กำลังซิงค์ฐานข้อมูลนี้อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="506" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation>ไม่สามารถซิงค์กับ {server}: {detail} ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="507" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation>ลงชื่อเข้าใช้ {server} ในชื่อ {user}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="508" />
            <source>There is no exchange rate from {source} to {target} yet: enter one in Exchange Rates…</source>
            <translation>ยังไม่มีอัตราแลกเปลี่ยนจาก {source} เป็น {target} โปรดป้อนใน อัตราแลกเปลี่ยน…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="511" />
            <source>No TrueType or OpenType font was found on this computer (looked in {folders}); install one (for example DejaVu Sans or Noto Sans) to make PDF reports.</source>
            <translation>ไม่พบฟอนต์ TrueType หรือ OpenType ในคอมพิวเตอร์เครื่องนี้ (ค้นหาใน {folders}) โปรดติดตั้งฟอนต์ (เช่น DejaVu Sans หรือ Noto Sans) เพื่อสร้างรายงาน PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="516" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation>การซิงค์ถูกหยุด สิ่งที่เซิร์ฟเวอร์ยืนยันแล้วจะถูกเก็บไว้ ส่วนที่เหลือจะส่งในการซิงค์ครั้งถัดไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="519" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation>ไม่มีคอลัมน์ใดเก็บชื่อบุคคล และ {column!r} เก็บชื่อบริษัท แต่ละบุคคลจึงจะแสดงด้วยชื่อบริษัท โปรดจับคู่คอลัมน์ที่มีชื่อกับฟิลด์ชื่อ หรือนำเข้าตามเดิม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="524" />
            <source>Cannot merge {record}: {why}</source>
            <translation>ไม่สามารถรวม {record}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="525" />
            <source>Cannot unmerge {record}: {why}</source>
            <translation>ไม่สามารถแยก {record}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="526" />
            <source>This card was merged into another; Unmerge in Lookup ▸ Merge History brings it back.</source>
            <translation>การ์ดนี้ถูกรวมเข้ากับการ์ดอื่นแล้ว ใช้แยกการรวมใน ค้นหา ▸ ประวัติการรวม เพื่อนำกลับมา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="529" />
            <source>Cardfile did not send your password to {server}: the address starts with http://, so anyone on the network could read it. Use the server's https:// address, or tick “Send my password without encryption” in Sync Settings.</source>
            <translation>Cardfile ไม่ได้ส่งรหัสผ่านของคุณไปยัง {server} เนื่องจากที่อยู่ขึ้นต้นด้วย http:// ซึ่งทุกคนในเครือข่ายอ่านได้ โปรดใช้ที่อยู่ https:// ของเซิร์ฟเวอร์ หรือเลือก “ส่งรหัสผ่านโดยไม่เข้ารหัส” ในการตั้งค่าการซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="535" />
            <source>Only {owner} or an administrator may erase this {record_type} for good; it stays in the Trash</source>
            <translation>เฉพาะ {owner} หรือผู้ดูแลระบบเท่านั้นที่ลบ{record_type}นี้ถาวรได้ รายการนี้จะยังอยู่ในถังขยะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="538" />
            <source>No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. Choose the field of the column that holds them.</source>
            <translation>ไม่มีคอลัมน์ใดจับคู่กับชื่อ บริษัท หรือที่อยู่อีเมล จึงไม่มีสิ่งใดแยกแยะผู้ติดต่อออกจากกันได้ โปรดเลือกฟิลด์ของคอลัมน์ที่เก็บข้อมูลเหล่านั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="543" />
            <source>{file} is not a vCard file ({detail}); nothing was imported.</source>
            <translation>{file} ไม่ใช่ไฟล์ vCard ({detail}) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="544" />
            <source>{file} is not an iCalendar file ({detail}); nothing was imported.</source>
            <translation>{file} ไม่ใช่ไฟล์ iCalendar ({detail}) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="545" />
            <source>{file} is not a CSV file of contacts ({detail}); nothing was imported.</source>
            <translation>{file} ไม่ใช่ไฟล์ CSV ของผู้ติดต่อ ({detail}) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="546" />
            <source>Cannot read {file}: {detail}. Nothing was imported.</source>
            <translation>ไม่สามารถอ่าน {file}: {detail} ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="547" />
            <source>There are no .vcf or .vcard files in {folder}; nothing was imported.</source>
            <translation>{folder} ไม่มีไฟล์ .vcf หรือ .vcard ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="548" />
            <source>Cannot write {target}: {detail}. Nothing was exported.</source>
            <translation>ไม่สามารถเขียน {target}: {detail} ไม่ได้ส่งออกข้อมูลใด ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="549" />
            <source>{file} is not a Google Contacts, Outlook or Cardfile export and its columns {columns} could not be matched to fields; choose which column holds which field. Nothing was imported.</source>
            <translation>{file} ไม่ใช่ไฟล์ส่งออกจาก Google Contacts, Outlook หรือ Cardfile และจับคู่คอลัมน์ {columns} กับช่องข้อมูลไม่ได้ โปรดเลือกว่าคอลัมน์ใดเก็บช่องข้อมูลใด ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="554" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่เก็บรหัสผ่าน (keyring) จึงจดจำการลงชื่อเข้าใช้ซิงค์ไม่ได้ Cardfile จะถามรหัสผ่านอีกครั้งทุกครั้งที่เริ่มโปรแกรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="559" />
            <source>“{what}” matches several records: {candidates}. Choose one of them.</source>
            <translation>“{what}” ตรงกับหลายระเบียน: {candidates} โปรดเลือกหนึ่งรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="560" />
            <source>This was changed elsewhere in the meantime; look at it again and repeat the change.</source>
            <translation>ข้อมูลนี้ถูกเปลี่ยนจากที่อื่นในระหว่างนั้น โปรดตรวจดูอีกครั้งแล้วทำการเปลี่ยนแปลงใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="597" />
            <source>Cardfile could not do this ({code}).</source>
            <translation>Cardfile ไม่สามารถทำสิ่งนี้ได้ ({code})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="611" />
            <location filename="../../src/cardfile/ui/words.py" line="797" />
            <source>Cardfile ran into an error of its own; the error report tells what happened.</source>
            <translation>Cardfile พบข้อผิดพลาดภายในโปรแกรม รายงานข้อผิดพลาดจะแจ้งว่าเกิดอะไรขึ้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="619" />
            <source>there is no such file or folder</source>
            <translation>ไม่มีไฟล์หรือโฟลเดอร์นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="620" />
            <location filename="../../src/cardfile/ui/words.py" line="621" />
            <source>you do not have permission to use it</source>
            <translation>คุณไม่มีสิทธิ์ใช้งาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="622" />
            <source>the disk is full</source>
            <translation>ดิสก์เต็ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="623" />
            <source>your disk quota is used up</source>
            <translation>โควตาดิสก์ของคุณเต็มแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="624" />
            <source>the disk can only be read, not written</source>
            <translation>ดิสก์อ่านได้อย่างเดียว เขียนไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="625" />
            <source>it is a folder, not a file</source>
            <translation>นี่เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="626" />
            <source>a part of the path is not a folder</source>
            <translation>บางส่วนของพาธไม่ใช่โฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="627" />
            <source>it exists already</source>
            <translation>มีอยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="628" />
            <source>the name is too long</source>
            <translation>ชื่อยาวเกินไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="629" />
            <location filename="../../src/cardfile/ui/words.py" line="630" />
            <source>another program is using it</source>
            <translation>โปรแกรมอื่นกำลังใช้งานอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="631" />
            <source>the disk could not be read or written (an input/output error)</source>
            <translation>ไม่สามารถอ่านหรือเขียนดิสก์ได้ (ข้อผิดพลาดอินพุต/เอาต์พุต)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="632" />
            <location filename="../../src/cardfile/ui/words.py" line="633" />
            <source>too many files are open</source>
            <translation>เปิดไฟล์ไว้มากเกินไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="634" />
            <source>the file is too large</source>
            <translation>ไฟล์มีขนาดใหญ่เกินไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="635" />
            <source>the folder is not empty</source>
            <translation>โฟลเดอร์ไม่ว่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="636" />
            <source>its path goes round in a circle of links</source>
            <translation>พาธวนเป็นวงของลิงก์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="637" />
            <source>the name cannot be used here</source>
            <translation>ใช้ชื่อนี้ที่นี่ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="638" />
            <location filename="../../src/cardfile/ui/words.py" line="639" />
            <source>the disk or device is not there</source>
            <translation>ไม่พบดิสก์หรืออุปกรณ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="640" />
            <source>the connection was refused</source>
            <translation>การเชื่อมต่อถูกปฏิเสธ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="641" />
            <source>the connection was broken off</source>
            <translation>การเชื่อมต่อถูกตัด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="642" />
            <source>there was no answer in time</source>
            <translation>ไม่มีการตอบกลับภายในเวลาที่กำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="643" />
            <location filename="../../src/cardfile/ui/words.py" line="644" />
            <source>the network cannot reach it</source>
            <translation>เครือข่ายเข้าถึงไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="647" />
            <source>the system refused (error {number})</source>
            <translation>ระบบปฏิเสธ (ข้อผิดพลาด {number})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="657" />
            <source>Cannot use {file}: {problem}.</source>
            <translation>ไม่สามารถใช้ {file} ได้: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="658" />
            <source>The computer refused: {problem}.</source>
            <translation>คอมพิวเตอร์ปฏิเสธ: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="667" />
            <source>it needs an upgrade to schema {schema} first, which writes to it</source>
            <translation>ต้องอัปเกรดเป็นสคีมา {schema} ก่อน ซึ่งจะเขียนลงในไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="671" />
            <source>its contents are damaged</source>
            <translation>เนื้อหาเสียหาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="672" />
            <source>its pages are damaged, which only a backup puts right</source>
            <translation>หน้าข้อมูลเสียหาย ซึ่งแก้ได้ด้วยข้อมูลสำรองเท่านั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="673" />
            <source>its compressed copy is damaged</source>
            <translation>สำเนาที่บีบอัดไว้เสียหาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="674" />
            <source>it is not an SQLite database file</source>
            <translation>ไม่ใช่ไฟล์ฐานข้อมูล SQLite</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="675" />
            <source>SQLite cannot open it</source>
            <translation>SQLite เปิดไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="676" />
            <source>it can only be read</source>
            <translation>อ่านได้อย่างเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="678" />
            <source>the file is read-only for this user</source>
            <translation>ไฟล์นี้อ่านได้อย่างเดียวสำหรับผู้ใช้นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="679" />
            <source>its folder is read-only for this user</source>
            <translation>โฟลเดอร์ของไฟล์นี้อ่านได้อย่างเดียวสำหรับผู้ใช้นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="690" />
            <source>only {free} free on its disk for a copy of {needed}</source>
            <translation>ดิสก์มีที่ว่างเพียง {free} แต่สำเนาต้องใช้ {needed}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="699" />
            <source>it is empty</source>
            <translation>ไฟล์ว่างเปล่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="700" />
            <source>it holds binary data</source>
            <translation>มีข้อมูลไบนารี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="701" />
            <source>it has no header row</source>
            <translation>ไม่มีแถวหัวตาราง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="702" />
            <source>it is a vCard file</source>
            <translation>เป็นไฟล์ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="703" />
            <source>it does not begin as one</source>
            <translation>ส่วนต้นของไฟล์ไม่ใช่รูปแบบนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="704" />
            <source>there is no such file</source>
            <translation>ไม่มีไฟล์นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="715" />
            <source>The column “{column}” cannot be mapped to “{target}”: that field takes no label or part.</source>
            <translation>ไม่สามารถจับคู่คอลัมน์ “{column}” กับ “{target}” ได้ เพราะฟิลด์นั้นไม่มีป้ายกำกับหรือส่วนย่อย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="719" />
            <source>The column “{column}” cannot be mapped to “{target}”: the field's parts are {parts}.</source>
            <translation>ไม่สามารถจับคู่คอลัมน์ “{column}” กับ “{target}” ได้ ส่วนย่อยของฟิลด์นี้คือ {parts}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="721" />
            <source>The column “{column}” cannot be mapped to “{target}”: that is not a field's name.</source>
            <translation>ไม่สามารถจับคู่คอลัมน์ “{column}” กับ “{target}” ได้ เพราะนั่นไม่ใช่ชื่อฟิลด์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="723" />
            <source>The column “{column}” cannot be mapped to “{target}”: there is no such field.</source>
            <translation>ไม่สามารถจับคู่คอลัมน์ “{column}” กับ “{target}” ได้ เพราะไม่มีฟิลด์นี้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="738" />
            <source>The stage “{stage}” holds %Ln deal(s); choose the stage they move to: {stages}.</source>
            <translation>
                <numerusform>ขั้นตอน “{stage}” มี %Ln ดีล โปรดเลือกขั้นตอนที่จะย้ายไป: {stages}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="741" />
            <source>The pipeline “{pipeline}” holds %Ln deal(s); choose a stage of another pipeline for them.</source>
            <translation>
                <numerusform>ไปป์ไลน์การขาย “{pipeline}” มี %Ln ดีล โปรดเลือกขั้นตอนในไปป์ไลน์การขายอื่นให้ดีลเหล่านี้</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A stage needs a name.</source>
            <translation>ขั้นตอนต้องมีชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A pipeline needs a name.</source>
            <translation>ไปป์ไลน์การขายต้องมีชื่อ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="768" />
            <source>A name can be at most %Ln character(s) long.</source>
            <translation>
                <numerusform>ชื่อยาวได้ไม่เกิน %Ln อักขระ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="772" />
            <source>The pipeline “{pipeline}” already has a stage named “{name}”.</source>
            <translation>ไปป์ไลน์การขาย “{pipeline}” มีขั้นตอนชื่อ “{name}” อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="775" />
            <source>There is already a pipeline named “{name}”.</source>
            <translation>มีไปป์ไลน์การขายชื่อ “{name}” อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="777" />
            <source>{stage}: a probability is a whole number from 0 to 100.</source>
            <translation>{stage}: โอกาสสำเร็จเป็นจำนวนเต็มตั้งแต่ 0 ถึง 100</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="781" />
            <source>“{stage}” is the only stage of “{pipeline}”; a pipeline keeps at least one.</source>
            <translation>“{stage}” เป็นขั้นตอนเดียวของ “{pipeline}” ไปป์ไลน์การขายต้องมีอย่างน้อยหนึ่งขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="784" />
            <source>“{pipeline}” is the only pipeline; add another before removing it.</source>
            <translation>“{pipeline}” เป็นไปป์ไลน์การขายเดียว โปรดเพิ่มไปป์ไลน์อื่นก่อนลบ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="801" />
            <source>%Ln new contact(s)</source>
            <translation>
                <numerusform>ผู้ติดต่อใหม่ %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="803" />
            <source>%Ln new company(ies)</source>
            <translation>
                <numerusform>บริษัทใหม่ %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="805" />
            <source>%Ln changed record(s)</source>
            <translation>
                <numerusform>ระเบียนที่เปลี่ยนแปลง %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="806" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation>การนำเข้าหยุดกลางคัน {cause} สิ่งที่เขียนไว้ก่อนหน้านั้นยังคงอยู่ในฐานข้อมูล: {kept} เมื่อแก้ปัญหาแล้ว แก้ไข ▸ เลิกทำ จะนำทั้งหมดออกในขั้นตอนเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="810" />
            <source>the batches it had written</source>
            <translation>ชุดข้อมูลที่เขียนไปแล้ว</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="69" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Contacts</source>
            <translation>ส่งออกผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="84" />
            <source>All contacts and companies</source>
            <translation>ผู้ติดต่อและบริษัททั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="86" />
            <source>The selected records ({count})</source>
            <translation>ระเบียนที่เลือก ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="88" />
            <source>A group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>A saved lookup</source>
            <translation>การค้นหาแบบมีเงื่อนไขที่บันทึกไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="93" />
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="102" />
            <source>vCard 3.0 (most compatible)</source>
            <translation>vCard 3.0 (ใช้งานร่วมกันได้มากที่สุด)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="103" />
            <source>vCard 4.0</source>
            <translation>vCard 4.0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="104" />
            <source>CSV (spreadsheet)</source>
            <translation>CSV (สเปรดชีต)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="105" />
            <source>iCalendar (.ics): activities, for calendar programs</source>
            <translation>iCalendar (.ics): กิจกรรม สำหรับโปรแกรมปฏิทิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>All activities</source>
            <translation>กิจกรรมทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="109" />
            <source>Those in a date range</source>
            <translation>กิจกรรมในช่วงวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>{name}'s activities</source>
            <translation>กิจกรรมของ {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>A person's activities</source>
            <translation>กิจกรรมของบุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="114" />
            <source>The selected activities ({count})</source>
            <translation>กิจกรรมที่เลือก ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="131" />
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="137" />
            <source>One file</source>
            <translation>ไฟล์เดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="140" />
            <source>One file per contact, in a folder</source>
            <translation>หนึ่งไฟล์ต่อผู้ติดต่อ ในโฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="144" />
            <source>Where to write</source>
            <translation>ตำแหน่งที่จะเขียน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="147" />
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="154" />
            <source>Export:</source>
            <translation>ส่งออก:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="155" />
            <source>Group:</source>
            <translation>กลุ่ม:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="156" />
            <source>Lookup:</source>
            <translation>การค้นหาแบบมีเงื่อนไข:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="157" />
            <source>Format:</source>
            <translation>รูปแบบ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="158" />
            <source>Activities:</source>
            <translation>กิจกรรม:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="159" />
            <source>From:</source>
            <translation>ตั้งแต่:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="160" />
            <source>Write:</source>
            <translation>เขียน:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="162" />
            <source>Destination:</source>
            <translation>ปลายทาง:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="172" />
            <source>Export</source>
            <translation>ส่งออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Activities</source>
            <translation>ส่งออกกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="248" />
            <source>Export into Folder</source>
            <translation>ส่งออกไปยังโฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>CSV files (*.csv)</source>
            <translation>ไฟล์ CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Calendar files (*.ics)</source>
            <translation>ไฟล์ปฏิทิน (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="253" />
            <source>vCard files (*.vcf)</source>
            <translation>ไฟล์ vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="255" />
            <source>Export to File</source>
            <translation>ส่งออกเป็นไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="292" />
            <source>{done} of {total} exported</source>
            <translation>ส่งออกแล้ว {done} จาก {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="312" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="348" />
            <source>Exporting…</source>
            <translation>กำลังส่งออก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="315" />
            <source>Exporting contacts</source>
            <translation>กำลังส่งออกผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="351" />
            <source>Exporting activities</source>
            <translation>กำลังส่งออกกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="365" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation>ยกเลิกการส่งออกแล้ว ไม่มีไฟล์ค้างอยู่</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="368" />
            <source>Exported %Ln record(s) to {target}.</source>
            <translation>
                <numerusform>ส่งออก %Ln ระเบียนไปยัง {target} แล้ว</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="372" />
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="383" />
            <source>Cancelling…</source>
            <translation>กำลังยกเลิก…</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="255" />
            <source>Prefix</source>
            <translation>คำนำหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="256" />
            <source>Given name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="257" />
            <source>Middle name</source>
            <translation>ชื่อกลาง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="258" />
            <source>Family name</source>
            <translation>นามสกุล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="259" />
            <source>Suffix</source>
            <translation>คำต่อท้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="260" />
            <source>Nickname</source>
            <translation>ชื่อเล่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="261" />
            <location filename="../../src/cardfile/ui/words.py" line="262" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="263" />
            <source>Given name (phonetic)</source>
            <translation>ชื่อ (คำอ่าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="264" />
            <source>Middle name (phonetic)</source>
            <translation>ชื่อกลาง (คำอ่าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="265" />
            <source>Family name (phonetic)</source>
            <translation>นามสกุล (คำอ่าน)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="266" />
            <source>Title</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="267" />
            <source>Department</source>
            <translation>แผนก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="268" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="269" />
            <source>Parent company</source>
            <translation>บริษัทแม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="270" />
            <source>Industry</source>
            <translation>อุตสาหกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="271" />
            <source>Website</source>
            <translation>เว็บไซต์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="272" />
            <source>Birthday</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="273" />
            <source>Anniversary</source>
            <translation>วันครบรอบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="274" />
            <source>Photo</source>
            <translation>รูปภาพ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="275" />
            <source>Logo</source>
            <translation>โลโก้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="276" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="277" />
            <source>Tags</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="278" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="279" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="280" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="281" />
            <source>Web</source>
            <translation>เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="282" />
            <source>Messaging</source>
            <translation>การส่งข้อความ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="283" />
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="284" />
            <source>Custom fields</source>
            <translation>ฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>Owner</source>
            <translation>เจ้าของ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="286" />
            <source>Private</source>
            <translation>ส่วนตัว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>Trash</source>
            <translation>ถังขยะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>vCard UID</source>
            <translation>UID ของ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="289" />
            <source>Other vCard properties</source>
            <translation>คุณสมบัติ vCard อื่นๆ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="291" />
            <source>Type</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="292" />
            <source>Subject</source>
            <translation>หัวเรื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="293" />
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="294" />
            <source>Starts</source>
            <translation>เริ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="295" />
            <source>Ends</source>
            <translation>สิ้นสุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="296" />
            <source>Any time that day</source>
            <translation>เวลาใดก็ได้ในวันนั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="297" />
            <source>All day</source>
            <translation>ทั้งวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="298" />
            <source>Time zone</source>
            <translation>เขตเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="299" />
            <source>Priority</source>
            <translation>ความสำคัญ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="300" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="301" />
            <source>Result</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="302" />
            <source>Outcome</source>
            <translation>ผลที่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="303" />
            <source>Happened</source>
            <translation>เกิดขึ้นเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="304" />
            <source>Cleared</source>
            <translation>ทำเครื่องหมายว่าเสร็จเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="305" />
            <source>Alarm</source>
            <translation>การแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="306" />
            <source>Alarm snoozed until</source>
            <translation>เลื่อนการแจ้งเตือนถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="307" />
            <source>Alarm dismissed</source>
            <translation>ปิดการแจ้งเตือนแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="308" />
            <source>Repeats</source>
            <translation>การทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="309" />
            <source>Deal</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="310" />
            <source>Series</source>
            <translation>ชุดกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="311" />
            <source>Occurrence</source>
            <translation>ครั้งของกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="312" />
            <source>iCalendar UID</source>
            <translation>UID ของ iCalendar</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>Rename Field</source>
            <translation>เปลี่ยนชื่อฟิลด์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>New Field</source>
            <translation>ฟิลด์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="147" />
            <source>One choice per line</source>
            <translation>หนึ่งตัวเลือกต่อบรรทัด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="150" />
            <source>&amp;Choices:</source>
            <translation>&amp;ตัวเลือก:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="163" />
            <source>&amp;Name:</source>
            <translation>&amp;ชื่อ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="164" />
            <source>&amp;Type:</source>
            <translation>ป&amp;ระเภท:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="165" />
            <source>&amp;Used for:</source>
            <translation>&amp;ใช้สำหรับ:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="231" />
            <source>Any tag</source>
            <translation>แท็กใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="232" />
            <source>Any group</source>
            <translation>กลุ่มใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="233" />
            <source>No lookup</source>
            <translation>ไม่มีการค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="244" />
            <source>&amp;Tag:</source>
            <translation>&amp;แท็ก:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="245" />
            <source>&amp;Group:</source>
            <translation>&amp;กลุ่ม:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="246" />
            <source>&amp;Lookup:</source>
            <translation>การ&amp;ค้นหาแบบมีเงื่อนไข:</translation>
        </message>
    </context>
    <context>
        <name>Forecast</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="113" />
            <source>Period</source>
            <translation>ช่วงเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="114" />
            <source>Owner</source>
            <translation>เจ้าของ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="115" />
            <source>Currency</source>
            <translation>สกุลเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="116" />
            <source>Open deals</source>
            <translation>ดีลที่เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="117" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="490" />
            <source>Total</source>
            <translation>ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="118" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="485" />
            <source>Weighted</source>
            <translation>ถ่วงน้ำหนัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="119" />
            <source>Won deals</source>
            <translation>ดีลที่ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="120" />
            <source>Won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="166" />
            <source>Everyone</source>
            <translation>ทุกคน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="168" />
            <source>{currency} (converted)</source>
            <translation>{currency} (แปลงค่าแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="205" />
            <source>Exchange Rates</source>
            <translation>อัตราแลกเปลี่ยน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="210" />
            <source>Totals in {target} are worked out at these rates. Enter the rates you use; they are kept with this database.</source>
            <translation>ยอดรวมใน {target} คำนวณตามอัตราเหล่านี้ ป้อนอัตราที่คุณใช้ อัตราจะถูกเก็บไว้กับฐานข้อมูลนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="224" />
            <source>rate</source>
            <translation>อัตรา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="229" />
            <source>1 {currency} =</source>
            <translation>1 {currency} =</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="249" />
            <source>1 {currency} = {typed} {target}: a rate is a positive number, such as {example}.</source>
            <translation>1 {currency} = {typed} {target}: อัตราต้องเป็นจำนวนบวก เช่น {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="280" />
            <source>By month</source>
            <translation>รายเดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="281" />
            <source>By quarter</source>
            <translation>รายไตรมาส</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="284" />
            <source>Everyone together</source>
            <translation>ทุกคนรวมกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="285" />
            <source>Per owner</source>
            <translation>แยกตามเจ้าของ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="288" />
            <source>Add every currency up in one, at exchange rates you enter</source>
            <translation>รวมทุกสกุลเงินเป็นสกุลเดียว ตามอัตราแลกเปลี่ยนที่คุณป้อน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="289" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="416" />
            <source>Each currency apart</source>
            <translation>แยกแต่ละสกุลเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="290" />
            <source>Exchange &amp;Rates…</source>
            <translation>&amp;อัตราแลกเปลี่ยน…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="305" />
            <source>The currency the chart shows</source>
            <translation>สกุลเงินที่แสดงในกราฟ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="402" />
            <source>(Exchange Rates…)</source>
            <translation>(อัตราแลกเปลี่ยน…)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="418" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="425" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="538" />
            <source>All in {currency}</source>
            <translation>ทั้งหมดใน {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="437" />
            <source>Lines marked “converted” add every currency up in {target} at the exchange rates you entered: {rates}.</source>
            <translation>บรรทัดที่มีเครื่องหมาย “แปลงค่าแล้ว” จะรวมทุกสกุลเงินเป็น {target} ตามอัตราแลกเปลี่ยนที่คุณป้อน: {rates}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="440" />
            <source>none needed</source>
            <translation>ไม่จำเป็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="444" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won. Each currency has its own lines: nothing is added across currencies.</source>
            <translation>ดีลที่เปิดอยู่จะนับในช่วงเวลาของวันที่คาดว่าจะปิด โดยถ่วงน้ำหนักตามโอกาสสำเร็จ ส่วนดีลที่ปิดการขายได้จะนับในช่วงเวลาที่ปิดการขายได้ แต่ละสกุลเงินมีบรรทัดของตนเอง และจะไม่มีการรวมข้ามสกุลเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 12 months, in</source>
            <translation>12 เดือนข้างหน้า ใน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 8 quarters, in</source>
            <translation>8 ไตรมาสข้างหน้า ใน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="487" />
            <source>weighted</source>
            <translation>ถ่วงน้ำหนัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="492" />
            <source>total</source>
            <translation>ทั้งหมด</translation>
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
                <numerusform>{period}: {amount} {what} ดีลที่เปิดอยู่ %Ln ดีล</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="107" />
            <source>Add to Group</source>
            <translation>เพิ่มลงในกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="109" />
            <source>Group, or the name of a new one</source>
            <translation>กลุ่ม หรือชื่อของกลุ่มใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="118" />
            <source>A new group “{name}” will be made.</source>
            <translation>จะสร้างกลุ่มใหม่ “{name}”</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="102" />
            <source>Window</source>
            <translation>หน้าต่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="126" />
            <source>Keyboard Shortcuts</source>
            <translation>แป้นพิมพ์ลัด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Where</source>
            <translation>ใช้ที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>What it does</source>
            <translation>การทำงาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Keys</source>
            <translation>แป้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="144" />
            <source>In a text field, the usual editing keys (Ctrl+C, Ctrl+Z …) work on the text.</source>
            <translation>ในช่องข้อความ แป้นแก้ไขทั่วไป (Ctrl+C, Ctrl+Z …) ใช้กับข้อความได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="185" />
            <source>Cardfile User Guide</source>
            <translation>คู่มือผู้ใช้ Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="195" />
            <source>The user guide is missing from this installation of Cardfile.</source>
            <translation>การติดตั้ง Cardfile นี้ไม่มีคู่มือผู้ใช้</translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="46" />
            <source>the email address is not valid</source>
            <translation>ที่อยู่อีเมลไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="47" />
            <source>the phone number holds no digit</source>
            <translation>หมายเลขโทรศัพท์ไม่มีตัวเลขเลย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="48" />
            <source>the web address is not valid</source>
            <translation>ที่อยู่เว็บไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="49" />
            <source>the handle is not valid</source>
            <translation>ชื่อผู้ใช้ไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="50" />
            <source>the date is not a real date</source>
            <translation>ไม่มีวันที่นี้อยู่จริง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="51" />
            <source>the address is not valid</source>
            <translation>ที่อยู่ไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="52" />
            <source>the value is not valid</source>
            <translation>ค่าไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="57" />
            <source>the same vCard UID</source>
            <translation>vCard UID เดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="58" />
            <source>the same email address</source>
            <translation>อีเมลเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="59" />
            <source>the same phone number</source>
            <translation>หมายเลขโทรศัพท์เดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="60" />
            <source>the same name and company</source>
            <translation>ชื่อและบริษัทเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="70" />
            <source>the card has no BEGIN:VCARD line</source>
            <translation>การ์ดไม่มีบรรทัด BEGIN:VCARD</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="71" />
            <source>the card is not closed: the file ends before END:VCARD</source>
            <translation>การ์ดไม่ได้ปิด: ไฟล์จบก่อนถึง END:VCARD</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="72" />
            <source>the card is not closed: END:VCARD is missing before line {line}</source>
            <translation>การ์ดไม่ได้ปิด: ไม่มี END:VCARD ก่อนบรรทัด {line}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="75" />
            <source>the card is larger than {mb} MB</source>
            <translation>การ์ดมีขนาดเกิน {mb} MB</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="76" />
            <source>the lines after the last card are not a card</source>
            <translation>บรรทัดหลังการ์ดใบสุดท้ายไม่ใช่การ์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="78" />
            <source>the card is empty: it holds no name, address, date, note, photo or any other value</source>
            <translation>การ์ดว่างเปล่า: ไม่มีชื่อ ที่อยู่ วันที่ บันทึก รูปภาพ หรือค่าอื่นใดเลย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="79" />
            <source>the card is a vCard of kind “{kind}”, not a person or an organization</source>
            <translation>การ์ดนี้เป็น vCard ชนิด “{kind}” ไม่ใช่บุคคลหรือองค์กร</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="82" />
            <source>the card could not be read: its text is damaged or in an unknown encoding</source>
            <translation>อ่านการ์ดไม่ได้: ข้อความเสียหายหรือใช้การเข้ารหัสที่ไม่รู้จัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="84" />
            <source>the line is not a vCard property and was skipped</source>
            <translation>บรรทัดนี้ไม่ใช่คุณสมบัติของ vCard จึงถูกข้ามไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="85" />
            <source>the name (N) has more than five parts; the rest were ignored</source>
            <translation>ชื่อ (N) มีมากกว่าห้าส่วน ส่วนที่เหลือถูกละไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="86" />
            <source>{property} “{value}” is not a date; it was kept as an extra vCard property</source>
            <translation>{property} “{value}” ไม่ใช่วันที่ จึงเก็บไว้เป็นคุณสมบัติเพิ่มเติมของ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="89" />
            <source>the picture ({property}) could not be read; it was kept as an extra vCard property</source>
            <translation>อ่านรูปภาพ ({property}) ไม่ได้ จึงเก็บไว้เป็นคุณสมบัติเพิ่มเติมของ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="92" />
            <source>{problem}; it was kept as an extra vCard property</source>
            <translation>{problem} จึงเก็บไว้เป็นคุณสมบัติเพิ่มเติมของ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="96" />
            <source>{header}: {problem}; it was kept in the note</source>
            <translation>{header}: {problem} จึงเก็บไว้ในบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="99" />
            <source>the row is empty: every value it holds is left out</source>
            <translation>แถวว่างเปล่า: ค่าทั้งหมดในแถวถูกละไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="101" />
            <source>the {block} is incomplete (no END:{block})</source>
            <translation>{block} ไม่สมบูรณ์ (ไม่มี END:{block})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="102" />
            <source>the event has no start (DTSTART)</source>
            <translation>กิจกรรมไม่มีเวลาเริ่ม (DTSTART)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="103" />
            <source>line {line}: the end is a date and the start a time, or the other way round</source>
            <translation>บรรทัด {line}: เวลาสิ้นสุดเป็นวันที่แต่เวลาเริ่มเป็นเวลา หรือกลับกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="106" />
            <source>line {line}: it ends before it starts</source>
            <translation>บรรทัด {line}: สิ้นสุดก่อนเริ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="107" />
            <source>line {line}: a repeating item needs a start</source>
            <translation>บรรทัด {line}: รายการที่เกิดซ้ำต้องมีเวลาเริ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="108" />
            <source>line {line}: Cardfile cannot use this repeat rule (RRULE)</source>
            <translation>บรรทัด {line}: Cardfile ใช้กฎการเกิดซ้ำ (RRULE) นี้ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="109" />
            <source>line {line}: {property} “{value}” is not a date or time</source>
            <translation>บรรทัด {line}: {property} “{value}” ไม่ใช่วันที่หรือเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="112" />
            <source>line {line}: unknown time zone “{zone}”</source>
            <translation>บรรทัด {line}: ไม่รู้จักเขตเวลา “{zone}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="113" />
            <source>line {line}: {property} “{value}” is not a duration</source>
            <translation>บรรทัด {line}: {property} “{value}” ไม่ใช่ระยะเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="116" />
            <source>it has no UID: importing it again will make a second copy</source>
            <translation>ไม่มี UID: หากนำเข้าอีกครั้งจะได้สำเนาที่สอง</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/problems.py" line="117" />
            <source>line {line}: an alarm %Ln minute(s) ahead is kept as 30 days ahead</source>
            <translation>
                <numerusform>บรรทัด {line}: การเตือนล่วงหน้า %Ln นาทีถูกเก็บเป็นล่วงหน้า 30 วัน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="121" />
            <source>skipped as chosen</source>
            <translation>ข้ามตามที่เลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="122" />
            <source>the same person as a contact already there ({matched})</source>
            <translation>เป็นบุคคลเดียวกับผู้ติดต่อที่มีอยู่แล้ว ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="125" />
            <source>the same company as one already there ({matched})</source>
            <translation>เป็นบริษัทเดียวกับบริษัทที่มีอยู่แล้ว ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="128" />
            <source>line {line}: {problem}</source>
            <translation>บรรทัด {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="43" />
            <source>Check the events and to-dos</source>
            <translation>ตรวจสอบกิจกรรมและสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Subject</source>
            <translation>หัวเรื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>When</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Repeats</source>
            <translation>การทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Already imported</source>
            <translation>นำเข้าแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="56" />
            <source>Update them from the file</source>
            <translation>อัปเดตจากไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="57" />
            <source>Leave them as they are</source>
            <translation>คงไว้ตามเดิม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="59" />
            <source>Items imported before:</source>
            <translation>รายการที่เคยนำเข้าแล้ว:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="75" />
            <source>(line {line})</source>
            <translation>(บรรทัด {line})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="78" />
            <source>no date</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>repeats</source>
            <translation>ทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>one occurrence</source>
            <translation>ครั้งเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>(no subject)</source>
            <translation>(ไม่มีหัวเรื่อง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="89" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="174" />
            <source>Line {line} of {file}: {reason}</source>
            <translation>บรรทัด {line} ของ {file}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="100" />
            <source>{files}: the first %Ln item(s), {known} imported before, {rejected} not importable.</source>
            <translation>
                <numerusform>{files}: %Ln รายการแรก เคยนำเข้าแล้ว {known} รายการ นำเข้าไม่ได้ {rejected} รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="103" />
            <source>Items after these are imported too.</source>
            <translation>รายการหลังจากนี้จะถูกนำเข้าด้วย</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="104" />
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln ไฟล์</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Import as new</source>
            <translation>นำเข้าเป็นรายการใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Update existing</source>
            <translation>อัปเดตรายการที่มีอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Skip</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="81" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="185" />
            <source>(no name)</source>
            <translation>(ไม่มีชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="86" />
            <source>(no title)</source>
            <translation>(ไม่มีชื่อเรื่อง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="91" />
            <source>same vCard UID</source>
            <translation>UID ของ vCard เดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="92" />
            <source>same email</source>
            <translation>อีเมลเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="93" />
            <source>same phone</source>
            <translation>โทรศัพท์เดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="94" />
            <source>same name and company</source>
            <translation>ชื่อและบริษัทเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Duplicate of</source>
            <translation>ซ้ำกับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Decision</source>
            <translation>การดำเนินการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="188" />
            <source>Line {line}: {reason}</source>
            <translation>บรรทัด {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="195" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="198" />
            <source>Cannot import</source>
            <translation>นำเข้าไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="285" />
            <source>Add the files to import with Add Files… or Add Folder…, or drop them here.</source>
            <translation>เพิ่มไฟล์ที่จะนำเข้าด้วย เพิ่มไฟล์… หรือ เพิ่มโฟลเดอร์… หรือลากไฟล์มาวางที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="296" />
            <source>Choose files to import</source>
            <translation>เลือกไฟล์ที่จะนำเข้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="298" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, CSV files, or calendar files (.ics) from Outlook, Google Calendar, Apple Calendar or Thunderbird.</source>
            <translation>ไฟล์ vCard (.vcf, .vcard) จากโทรศัพท์ Outlook, Gmail หรือ Apple Contacts ไฟล์ CSV หรือไฟล์ปฏิทิน (.ics) จาก Outlook, Google Calendar, Apple Calendar หรือ Thunderbird</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="307" />
            <source>Add Files…</source>
            <translation>เพิ่มไฟล์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="309" />
            <source>Add Folder…</source>
            <translation>เพิ่มโฟลเดอร์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="311" />
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="333" />
            <source>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what each column holds next.</source>
            <translation>ใน Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values และใน Google Contacts: Export ▸ Google CSV ไฟล์ CSV ของโปรแกรมอื่นก็ใช้ได้เช่นกัน คุณจะเลือกว่าแต่ละคอลัมน์เก็บข้อมูลอะไรในขั้นถัดไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="352" />
            <source>Contact files ({patterns})</source>
            <translation>ไฟล์ผู้ติดต่อ ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="353" />
            <source>CSV files (*.csv)</source>
            <translation>ไฟล์ CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="354" />
            <source>All files (*)</source>
            <translation>ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="358" />
            <source>Import Files</source>
            <translation>นำเข้าไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="363" />
            <source>Import a Folder</source>
            <translation>นำเข้าโฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="392" />
            <source>Check the cards</source>
            <translation>ตรวจสอบการ์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="394" />
            <source>Choose what happens to each card that duplicates a contact already here.</source>
            <translation>เลือกสิ่งที่จะทำกับการ์ดแต่ละใบที่ซ้ำกับผู้ติดต่อที่มีอยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="422" />
            <source>Other duplicates:</source>
            <translation>รายการซ้ำอื่นๆ:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="446" />
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>การ์ด %Ln ใบ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="447" />
            <source>from %Ln file(s)</source>
            <translation>
                <numerusform>จาก %Ln ไฟล์</numerusform>
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
            <translation>{cards}แรก {files}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="452" />
            <source>%Ln duplicate(s)</source>
            <translation>
                <numerusform>รายการซ้ำ %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="453" />
            <source>%Ln not importable</source>
            <translation>
                <numerusform>นำเข้าไม่ได้ %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="454" />
            <source>{what}: {found}.</source>
            <translation>{what}: {found}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="456" />
            <source>Cards after these are imported too; their duplicates follow the choice below.</source>
            <translation>การ์ดหลังจากนี้จะถูกนำเข้าด้วย และรายการซ้ำของการ์ดเหล่านั้นจะเป็นไปตามตัวเลือกด้านล่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="485" />
            <source>Importing</source>
            <translation>กำลังนำเข้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="486" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation>ยกเลิกจะนำทุกสิ่งที่การนำเข้านี้เขียนไว้ออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="487" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="500" />
            <source>Starting…</source>
            <translation>กำลังเริ่ม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="521" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="553" />
            <source>Import finished</source>
            <translation>นำเข้าเสร็จสิ้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="522" />
            <source>What was imported, and each card that was not, with why.</source>
            <translation>สิ่งที่นำเข้าแล้ว และการ์ดแต่ละใบที่ไม่ได้นำเข้าพร้อมเหตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="526" />
            <source>Cards that were not imported or were skipped, and why:</source>
            <translation>การ์ดที่ไม่ได้นำเข้าหรือถูกข้าม และเหตุผล:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Line</source>
            <translation>บรรทัด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Card</source>
            <translation>การ์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>What happened</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Why</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="550" />
            <source>Import cancelled</source>
            <translation>ยกเลิกการนำเข้าแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="551" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation>การนำเข้าถูกยกเลิก ไม่มีสิ่งใดถูกนำเข้าและไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="554" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation>นำเข้าเป็นรายการใหม่ {imported} อัปเดต {updated} ข้าม {skipped} ไม่ได้นำเข้า {rejected}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="563" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation>แก้ไข ▸ เลิกทำ จะยกเลิกการนำเข้าทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="565" />
            <source>Not imported</source>
            <translation>ไม่ได้นำเข้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="566" />
            <source>Skipped</source>
            <translation>ข้ามแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="609" />
            <source>Import Contacts</source>
            <translation>นำเข้าผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="633" />
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="660" />
            <source>Import calendar files (.ics) apart from vCard and CSV files.</source>
            <translation>นำเข้าไฟล์ปฏิทิน (.ics) แยกจากไฟล์ vCard และ CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="721" />
            <source>Importing calendar files</source>
            <translation>กำลังนำเข้าไฟล์ปฏิทิน</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="741" />
            <source>%Ln card(s) read: {imported} new, {updated} updated</source>
            <translation>
                <numerusform>อ่านการ์ดแล้ว %Ln ใบ: ใหม่ {imported} อัปเดต {updated}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="757" />
            <source>Importing contacts</source>
            <translation>กำลังนำเข้าผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="767" />
            <source>Cancelling: taking back what was imported…</source>
            <translation>กำลังยกเลิก: นำสิ่งที่นำเข้าแล้วออก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="784" />
            <source>Import failed</source>
            <translation>การนำเข้าล้มเหลว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="786" />
            <source>Nothing was imported.</source>
            <translation>ไม่มีสิ่งใดถูกนำเข้า</translation>
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="156" />
            <source>Label: choose one or type your own</source>
            <translation>ป้ายกำกับ: เลือกหรือพิมพ์เอง</translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="117" />
            <source>%Ln week(s)</source>
            <translation>
                <numerusform>%Ln สัปดาห์</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="119" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln วัน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="123" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ชม. {minutes} นาที</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="125" />
            <source>{hours} h</source>
            <translation>{hours} ชม.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="126" />
            <source>{minutes} min</source>
            <translation>{minutes} นาที</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="132" />
            <source>No alarm</source>
            <translation>ไม่มีการแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="134" />
            <source>At the start</source>
            <translation>เมื่อเริ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="135" />
            <source>{length} before</source>
            <translation>{length} ก่อนเริ่ม</translation>
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="524" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="525" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="526" />
            <source>Title</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="527" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="528" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="529" />
            <source>City</source>
            <translation>เมือง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="530" />
            <source>Industry</source>
            <translation>อุตสาหกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="531" />
            <source>Website</source>
            <translation>เว็บไซต์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="532" />
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="533" />
            <source>File as</source>
            <translation>จัดเก็บเป็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="534" />
            <source>Tags</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="535" />
            <source>Updated</source>
            <translation>อัปเดตเมื่อ</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="71" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="72" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="73" />
            <source>Prefix</source>
            <translation>คำนำหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="74" />
            <source>Given name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="75" />
            <source>Middle name</source>
            <translation>ชื่อกลาง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="76" />
            <source>Family name</source>
            <translation>นามสกุล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="77" />
            <source>Suffix</source>
            <translation>คำต่อท้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="78" />
            <source>Nickname</source>
            <translation>ชื่อเล่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="79" />
            <source>Title</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="80" />
            <source>Department</source>
            <translation>แผนก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="81" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="82" />
            <source>Industry</source>
            <translation>อุตสาหกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="83" />
            <source>Website</source>
            <translation>เว็บไซต์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="84" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="85" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="86" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="87" />
            <source>Email or phone</source>
            <translation>อีเมลหรือโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="88" />
            <source>Street</source>
            <translation>ถนน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="89" />
            <source>City</source>
            <translation>เมือง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="90" />
            <source>Region</source>
            <translation>ภูมิภาค</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="91" />
            <source>Postal code</source>
            <translation>รหัสไปรษณีย์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="92" />
            <source>Country</source>
            <translation>ประเทศ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="93" />
            <source>Web address</source>
            <translation>ที่อยู่เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="94" />
            <source>Tag</source>
            <translation>แท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="95" />
            <source>Birthday</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="96" />
            <source>Created</source>
            <translation>สร้างเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="97" />
            <source>Last edited</source>
            <translation>แก้ไขล่าสุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="98" />
            <source>Last activity</source>
            <translation>กิจกรรมล่าสุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="107" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="127" />
            <source>is before</source>
            <translation>ก่อน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="108" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="128" />
            <source>is after</source>
            <translation>หลัง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="109" />
            <source>is on</source>
            <translation>ตรงกับวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="110" />
            <source>is not set</source>
            <translation>ไม่ได้ระบุ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="111" />
            <source>is set</source>
            <translation>ระบุแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has no tags</source>
            <translation>— ไม่มีแท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has any tag</source>
            <translation>— มีแท็กใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="120" />
            <source>contains</source>
            <translation>มีคำว่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="121" />
            <source>starts with</source>
            <translation>ขึ้นต้นด้วย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="122" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="123" />
            <source>is</source>
            <translation>เท่ากับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="124" />
            <source>is not</source>
            <translation>ไม่เท่ากับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="125" />
            <source>is empty</source>
            <translation>ว่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="126" />
            <source>is not empty</source>
            <translation>ไม่ว่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="129" />
            <source>is before, or none</source>
            <translation>ก่อน หรือไม่มี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="130" />
            <source>none for months:</source>
            <translation>ไม่มีมาแล้ว (เดือน):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has neither</source>
            <translation>— ไม่มีทั้งสองอย่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has one or both</source>
            <translation>— มีอย่างใดอย่างหนึ่งหรือทั้งสองอย่าง</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="548" />
            <source>%Ln company(ies) match.</source>
            <translation>
                <numerusform>ตรงกัน %Ln บริษัท</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="549" />
            <source>%Ln contact(s) match.</source>
            <translation>
                <numerusform>ตรงกัน %Ln ผู้ติดต่อ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>no</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> and </source>
            <translation> และ </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> or </source>
            <translation> หรือ </translation>
        </message>
    </context>
    <context>
        <name>LookupBanner</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="744" />
            <source>Edit Lookup…</source>
            <translation>แก้ไขการค้นหาแบบมีเงื่อนไข…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="746" />
            <source>Show All</source>
            <translation>แสดงทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="759" />
            <source>Lookup “{title}”: {what}</source>
            <translation>การค้นหาแบบมีเงื่อนไข “{title}”: {what}</translation>
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
            <translation>แก้ไขการค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <source>New Lookup</source>
            <translation>การค้นหาแบบมีเงื่อนไขใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="367" />
            <source>Give it a name to save it as a group</source>
            <translation>ตั้งชื่อเพื่อบันทึกเป็นกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="370" />
            <source>Contacts</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="371" />
            <source>Companies</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="374" />
            <source>all of these conditions</source>
            <translation>ทุกเงื่อนไขต่อไปนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="375" />
            <source>any of these conditions</source>
            <translation>เงื่อนไขใดก็ได้ต่อไปนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="377" />
            <source>Find</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="379" />
            <source>that match</source>
            <translation>ที่ตรงกับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="383" />
            <source>&amp;Name:</source>
            <translation>&amp;ชื่อ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="396" />
            <source>&amp;Add Condition</source>
            <translation>เ&amp;พิ่มเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="408" />
            <source>&amp;Run</source>
            <translation>เ&amp;รียกใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="570" />
            <source>&amp;Save Changes</source>
            <translation>&amp;บันทึกการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <source>&amp;Save as Group</source>
            <translation>บันทึกเป็น&amp;กลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="521" />
            <source>Looking up…</source>
            <translation>กำลังค้นหา…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="528" />
            <source>Looking up</source>
            <translation>กำลังค้นหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="539" />
            <source>Lookup</source>
            <translation>การค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="558" />
            <source>Give the lookup a name to save it.</source>
            <translation>ตั้งชื่อการค้นหาแบบมีเงื่อนไขเพื่อบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="571" />
            <source>Saved as “{name}”.</source>
            <translation>บันทึกเป็น “{name}” แล้ว</translation>
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
            <translation>ปฏิทิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="261" />
            <source>&amp;New Database…</source>
            <translation>ฐานข้อมูล&amp;ใหม่…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="264" />
            <source>&amp;Open Database…</source>
            <translation>เ&amp;ปิดฐานข้อมูล…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="266" />
            <source>&amp;Back Up…</source>
            <translation>สำ&amp;รองข้อมูล…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="267" />
            <source>&amp;Import…</source>
            <translation>&amp;นำเข้า…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="268" />
            <source>&amp;Export…</source>
            <translation>ส่&amp;งออก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="269" />
            <source>Repor&amp;ts…</source>
            <translation>รา&amp;ยงาน…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="270" />
            <source>Contact list, pipeline, forecast and activities: print, PDF, CSV</source>
            <translation>รายชื่อผู้ติดต่อ ไปป์ไลน์การขาย การคาดการณ์ยอดขาย และกิจกรรม: พิมพ์ PDF CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="271" />
            <source>Import a vCard File…</source>
            <translation>นำเข้าไฟล์ vCard…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="273" />
            <source>Import from Outlook, Google or a CSV File…</source>
            <translation>นำเข้าจาก Outlook, Google หรือไฟล์ CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="278" />
            <source>&amp;Settings…</source>
            <translation>การ&amp;ตั้งค่า…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="281" />
            <source>Cust&amp;om Fields…</source>
            <translation>ฟิลด์&amp;กำหนดเอง…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="282" />
            <source>&amp;Quit</source>
            <translation>&amp;ออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="284" />
            <source>&amp;Undo</source>
            <translation>เ&amp;ลิกทำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="285" />
            <source>&amp;Redo</source>
            <translation>ทำ&amp;ซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="286" />
            <source>&amp;Find…</source>
            <translation>ค้&amp;นหา…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="287" />
            <source>R&amp;estore from Trash…</source>
            <translation>กู้คืนจาก&amp;ถังขยะ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="289" />
            <source>&amp;New Lookup…</source>
            <translation>การค้นหาแบบมีเงื่อนไข&amp;ใหม่…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="291" />
            <source>&amp;Edit This Lookup…</source>
            <translation>แ&amp;ก้ไขการค้นหานี้…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="292" />
            <source>Show &amp;All Records</source>
            <translation>แสดงระเบียน&amp;ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="293" />
            <source>&amp;Saved Lookups…</source>
            <translation>การค้นหาที่&amp;บันทึกไว้…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>Find &amp;Duplicates…</source>
            <translation>ค้นหา&amp;รายการซ้ำ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="297" />
            <source>&amp;Merge History…</source>
            <translation>&amp;ประวัติการรวม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>&amp;Merge Selected Cards…</source>
            <translation>&amp;รวมการ์ดที่เลือก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="302" />
            <source>Show the selected cards side by side and merge them (Ctrl+Shift+M)</source>
            <translation>แสดงการ์ดที่เลือกเทียบกันและรวมเข้าด้วยกัน (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="308" />
            <source>Without &amp;Email or Phone</source>
            <translation>ไม่มี&amp;อีเมลหรือโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="309" />
            <source>Without a &amp;Company</source>
            <translation>ไม่มี&amp;บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="310" />
            <source>No &amp;Activity for a Year</source>
            <translation>ไม่มี&amp;กิจกรรมในหนึ่งปี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="312" />
            <source>Sync &amp;Now</source>
            <translation>ซิงค์&amp;ทันที</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="314" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation>ส่งการเปลี่ยนแปลงของคุณไปยังเซิร์ฟเวอร์ซิงค์และรับการเปลี่ยนแปลงของคนอื่นๆ (F9)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="317" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1362" />
            <source>&amp;Conflicts…</source>
            <translation>ความ&amp;ขัดแย้ง…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="318" />
            <source>Sync &amp;Settings…</source>
            <translation>การ&amp;ตั้งค่าการซิงค์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="319" />
            <source>Show &amp;Navigation</source>
            <translation>แสดงแถบ&amp;นำทาง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="322" />
            <source>&amp;Print List…</source>
            <translation>&amp;พิมพ์รายการ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="325" />
            <source>Print &amp;Card…</source>
            <translation>พิมพ์การ์&amp;ด…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="326" />
            <source>Cu&amp;t</source>
            <translation>ตั&amp;ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="327" />
            <source>&amp;Copy</source>
            <translation>&amp;คัดลอก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="328" />
            <source>&amp;Paste</source>
            <translation>&amp;วาง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="332" />
            <source>&amp;Schedule…</source>
            <translation>&amp;นัดหมาย…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="336" />
            <source>Schedule a call, meeting or to-do, with the people selected in the list (Ctrl+Shift+A)</source>
            <translation>นัดหมายการโทร การประชุม หรือสิ่งที่ต้องทำ กับบุคคลที่เลือกในรายการ (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="338" />
            <source>&amp;Reminders…</source>
            <translation>การ&amp;แจ้งเตือน…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="340" />
            <source>Cardfile &amp;User Guide</source>
            <translation>&amp;คู่มือผู้ใช้ Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="342" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>แ&amp;ป้นพิมพ์ลัด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="344" />
            <source>&amp;About Cardfile</source>
            <translation>เ&amp;กี่ยวกับ Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="346" />
            <source>About &amp;Qt</source>
            <translation>เกี่ยวกับ &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="362" />
            <source>&amp;Schedule Activity…</source>
            <translation>&amp;นัดหมายกิจกรรม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="369" />
            <source>&amp;File</source>
            <translation>&amp;ไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="374" />
            <source>Open &amp;Recent</source>
            <translation>เปิดล่า&amp;สุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="387" />
            <source>&amp;Edit</source>
            <translation>แ&amp;ก้ไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="399" />
            <source>&amp;View</source>
            <translation>&amp;มุมมอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="403" />
            <source>&amp;Contact</source>
            <translation>&amp;ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="406" />
            <source>&amp;Lookup</source>
            <translation>&amp;ค้นหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="410" />
            <source>&amp;Incomplete Records</source>
            <translation>ระเบียนที่ไม่&amp;สมบูรณ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="413" />
            <source>&amp;Activities</source>
            <translation>&amp;นัดหมาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="418" />
            <source>&amp;Sync</source>
            <translation>&amp;ซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="424" />
            <source>&amp;Help</source>
            <translation>&amp;วิธีใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="430" />
            <source>Search</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="506" />
            <source>{path} (read-only)</source>
            <translation>{path} (อ่านอย่างเดียว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="558" />
            <source>{title}  {badge}</source>
            <translation>{title}  {badge}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="624" />
            <source>That record is no longer in the list.</source>
            <translation>ระเบียนนั้นไม่อยู่ในรายการแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="683" />
            <source>Nothing to undo.</source>
            <translation>ไม่มีสิ่งที่ต้องเลิกทำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="686" />
            <source>Nothing to redo.</source>
            <translation>ไม่มีสิ่งที่ต้องทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="695" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="772" />
            <source>This page has no list to print.</source>
            <translation>หน้านี้ไม่มีรายการให้พิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="791" />
            <source>Select a record to print its card.</source>
            <translation>เลือกระเบียนเพื่อพิมพ์การ์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="832" />
            <location filename="../../src/cardfile/ui/main_window.py" line="842" />
            <source>New Database</source>
            <translation>ฐานข้อมูลใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="834" />
            <source>Cardfile databases ({patterns})</source>
            <translation>ฐานข้อมูล Cardfile ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="843" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation>{path} มีอยู่แล้ว ใช้ ไฟล์ ▸ เปิดฐานข้อมูล เพื่อเปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="852" />
            <source>Open Database</source>
            <translation>เปิดฐานข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="854" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation>ฐานข้อมูล Cardfile ({patterns});;ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="864" />
            <location filename="../../src/cardfile/ui/main_window.py" line="882" />
            <source>Back Up Database</source>
            <translation>สำรองฐานข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="866" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation>ข้อมูลสำรอง Cardfile (*.cardfile-backup);;ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="877" />
            <source>Backing up</source>
            <translation>กำลังสำรองข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="880" />
            <source>Backed up to {path}</source>
            <translation>สำรองข้อมูลไปยัง {path} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="892" />
            <source>Making the daily backup</source>
            <translation>กำลังสร้างข้อมูลสำรองประจำวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="895" />
            <source>Daily Backup</source>
            <translation>ข้อมูลสำรองประจำวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="901" />
            <source>Daily backup made ({name}).</source>
            <translation>สร้างข้อมูลสำรองประจำวันแล้ว ({name})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="931" />
            <source>Imported %Ln new record(s) and updated {updated}.</source>
            <translation>
                <numerusform>นำเข้าระเบียนใหม่ %Ln รายการ และอัปเดต {updated} รายการแล้ว</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="952" />
            <source>Imported just now</source>
            <translation>เพิ่งนำเข้า</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="971" />
            <source>Exported %Ln record(s) to {target}</source>
            <translation>
                <numerusform>ส่งออก %Ln ระเบียนไปยัง {target} แล้ว</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="985" />
            <source>Saved {path}</source>
            <translation>บันทึก {path} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1006" />
            <source>No other databases opened lately</source>
            <translation>ไม่มีฐานข้อมูลอื่นที่เปิดเมื่อเร็วๆ นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1075" />
            <source>That lookup was deleted.</source>
            <translation>การค้นหาแบบมีเงื่อนไขนั้นถูกลบแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1117" />
            <source>Without email or phone</source>
            <translation>ไม่มีอีเมลหรือโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1120" />
            <source>Without a company</source>
            <translation>ไม่มีบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1123" />
            <source>No activity for a year</source>
            <translation>ไม่มีกิจกรรมในหนึ่งปี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1143" />
            <source>Select two or more people (or companies) in the list to merge them.</source>
            <translation>เลือกบุคคล (หรือบริษัท) ตั้งแต่สองรายการขึ้นไปในรายการเพื่อรวมเข้าด้วยกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1168" />
            <source>Merged into “{name}”. Edit ▸ Undo or Lookup ▸ Merge History takes it back.</source>
            <translation>รวมเข้ากับ “{name}” แล้ว แก้ไข ▸ เลิกทำ หรือ ค้นหา ▸ ประวัติการรวม จะยกเลิกการรวมได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1182" />
            <source>Search “{query}”</source>
            <translation>ค้นหา “{query}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1235" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation>บันทึกการค้นหาแบบมีเงื่อนไข “{name}” แล้ว ดูได้ในเมนูค้นหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1338" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1340" />
            <source>Preparing search</source>
            <translation>กำลังเตรียมการค้นหา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1360" />
            <source>&amp;Conflicts ({count})…</source>
            <translation>ความ&amp;ขัดแย้ง ({count})…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1402" />
            <source>About Cardfile</source>
            <translation>เกี่ยวกับ Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1403" />
            <source>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;A local-first contact manager: your contacts, companies, activities and deals in one file on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;โปรแกรมจัดการผู้ติดต่อที่เก็บข้อมูลในเครื่องเป็นหลัก: ผู้ติดต่อ บริษัท กิจกรรม และดีลของคุณอยู่ในไฟล์เดียวบนคอมพิวเตอร์ของคุณเอง&lt;/p&gt;&lt;p&gt;เผยแพร่ภายใต้สัญญาอนุญาต GNU General Public License รุ่น 3 หรือใหม่กว่า&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageLookupsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="649" />
            <source>Saved Lookups</source>
            <translation>การค้นหาที่บันทึกไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="656" />
            <source>No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L).</source>
            <translation>ยังไม่มีการค้นหาที่บันทึกไว้ สร้างได้ด้วย ค้นหา ▸ การค้นหาแบบมีเงื่อนไขใหม่ (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="658" />
            <source>&amp;Run</source>
            <translation>เ&amp;รียกใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="659" />
            <source>&amp;Edit…</source>
            <translation>แ&amp;ก้ไข…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="660" />
            <source>&amp;Delete</source>
            <translation>&amp;ลบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="716" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="724" />
            <source>Delete Lookup</source>
            <translation>ลบการค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="717" />
            <source>Delete the saved lookup “{name}”? The records it finds are not touched.</source>
            <translation>ลบการค้นหาที่บันทึกไว้ “{name}” หรือไม่ ระเบียนที่ค้นพบจะไม่ได้รับผลกระทบ</translation>
        </message>
    </context>
    <context>
        <name>MarkedPairsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="337" />
            <source>&amp;Take Back</source>
            <translation>&amp;ยกเลิกเครื่องหมาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="340" />
            <source>These may be duplicates after all: propose them again</source>
            <translation>รายการเหล่านี้อาจซ้ำกันจริง: เสนออีกครั้ง</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="359" />
            <source>%Ln pair(s) marked as not duplicates</source>
            <translation>
                <numerusform>คู่ที่ทำเครื่องหมายว่าไม่ใช่รายการซ้ำ %Ln คู่</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <source>(a picture)</source>
            <translation>(รูปภาพ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="51" />
            <source>(empty)</source>
            <translation>(ว่าง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="55" />
            <source>{shown} ({parts})</source>
            <translation>{shown} ({parts})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="57" />
            <source>(a company that is gone)</source>
            <translation>(บริษัทที่ไม่มีอยู่แล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>no</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="104" />
            <source>activities: %Ln</source>
            <translation>
                <numerusform>กิจกรรม: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="105" />
            <source>notes: %Ln</source>
            <translation>
                <numerusform>บันทึก: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="106" />
            <source>deals: %Ln</source>
            <translation>
                <numerusform>ดีล: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="107" />
            <source>groups: %Ln</source>
            <translation>
                <numerusform>กลุ่ม: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="108" />
            <source>people: %Ln</source>
            <translation>
                <numerusform>บุคคล: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="109" />
            <source>conflicts: %Ln</source>
            <translation>
                <numerusform>ความขัดแย้ง: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="112" />
            <source>nothing attached</source>
            <translation>ไม่มีสิ่งที่แนบอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="123" />
            <source>Merge Duplicates</source>
            <translation>รวมรายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="134" />
            <source>Choose the card that stays and, where the cards differ, the value it keeps. Emails, phones, addresses and tags of every card are kept, and activities, notes, deals and groups move to the card that stays. Undo, or Unmerge in the merge history, takes the merge back.</source>
            <translation>เลือกการ์ดที่จะเก็บไว้ และค่าที่จะเก็บในส่วนที่การ์ดต่างกัน อีเมล โทรศัพท์ ที่อยู่ และแท็กของทุกการ์ดจะถูกเก็บไว้ ส่วนกิจกรรม บันทึก ดีล และกลุ่มจะย้ายไปยังการ์ดที่เก็บไว้ การเลิกทำ หรือการแยกในประวัติการรวม จะยกเลิกการรวมได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="158" />
            <source>&amp;Merge</source>
            <translation>&amp;รวม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="204" />
            <source>Keep this card</source>
            <translation>เก็บการ์ดนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="215" />
            <source>After the merge</source>
            <translation>หลังการรวม</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="234" />
            <source>Fields the same on every card: %Ln</source>
            <translation>
                <numerusform>ฟิลด์ที่เหมือนกันในทุกการ์ด: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="276" />
            <source>Every card's entries are kept, each once</source>
            <translation>รายการของทุกการ์ดจะถูกเก็บไว้ รายการละหนึ่งครั้ง</translation>
        </message>
    </context>
    <context>
        <name>MergesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="28" />
            <source>undone</source>
            <translation>เลิกทำแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="30" />
            <source>unmerged {when}</source>
            <translation>แยกแล้ว {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="31" />
            <source>merged</source>
            <translation>รวมแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="38" />
            <source>Merged</source>
            <translation>รวมเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="39" />
            <source>Card merged away</source>
            <translation>การ์ดที่ถูกรวมออกไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="40" />
            <source>Into the card</source>
            <translation>รวมเข้ากับการ์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="41" />
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="56" />
            <source>Merge History</source>
            <translation>ประวัติการรวม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="57" />
            <source>No merges yet</source>
            <translation>ยังไม่มีการรวม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="58" />
            <source>Cards you merge with Lookup ▸ Find Duplicates are listed here; Unmerge gives both cards back.</source>
            <translation>การ์ดที่คุณรวมด้วย ค้นหา ▸ ค้นหารายการซ้ำ จะแสดงที่นี่ การแยกจะคืนการ์ดทั้งสองกลับมา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="66" />
            <source>&amp;Unmerge</source>
            <translation>แ&amp;ยก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="69" />
            <source>Give both cards back as they were before the merge, with everything attached</source>
            <translation>คืนการ์ดทั้งสองกลับเป็นเหมือนก่อนการรวม พร้อมทุกสิ่งที่แนบอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>&amp;Open</source>
            <translation>เ&amp;ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>Show the card that stayed</source>
            <translation>แสดงการ์ดที่เก็บไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="95" />
            <source>Unmerge</source>
            <translation>แยกการรวม</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="113" />
            <source>%Ln merge(s)</source>
            <translation>
                <numerusform>การรวม %Ln รายการ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MiniMonth</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="217" />
            <source>Previous month</source>
            <translation>เดือนก่อนหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="222" />
            <source>Next month</source>
            <translation>เดือนถัดไป</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="128" />
            <source>{currency} has no decimals: write a whole amount, such as {example}.</source>
            <translation>{currency} ไม่มีทศนิยม: โปรดเขียนจำนวนเต็ม เช่น {example}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="129" />
            <source>{currency} has %Ln decimal(s) at most, such as {example}.</source>
            <translation>
                <numerusform>{currency} มีทศนิยมได้ไม่เกิน %Ln ตำแหน่ง เช่น {example}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="132" />
            <source>This is not an amount; write it as {example}.</source>
            <translation>นี่ไม่ใช่จำนวนเงิน โปรดเขียนเป็น {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="160" />
            <source>Currency: an ISO 4217 code such as USD, EUR or JPY</source>
            <translation>สกุลเงิน: รหัส ISO 4217 เช่น USD, EUR หรือ JPY</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="228" />
            <source>Choose a currency: a three-letter code such as USD or EUR.</source>
            <translation>เลือกสกุลเงิน: รหัสสามตัวอักษร เช่น USD หรือ EUR</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="187" />
            <source>Day</source>
            <translation>วัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="192" />
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="197" />
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="200" />
            <source>Leave the year empty if you do not know it</source>
            <translation>เว้นปีว่างไว้หากคุณไม่ทราบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="233" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation>เลือกวันและเดือน (เว้นปีว่างไว้ได้)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="235" />
            <source>The year must be a number such as 1980.</source>
            <translation>ปีต้องเป็นตัวเลข เช่น 1980</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="239" />
            <source>There is no such date.</source>
            <translation>ไม่มีวันที่นี้</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="446" />
            <source>Sign In to Sync</source>
            <translation>ลงชื่อเข้าใช้เพื่อซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="448" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation>พิมพ์รหัสผ่านของ {user} บน {server} Cardfile จะนำไปแลกเป็นการลงชื่อเข้าใช้ของคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="464" />
            <source>&amp;Password:</source>
            <translation>&amp;รหัสผ่าน:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="467" />
            <source>&amp;Sign In</source>
            <translation>&amp;ลงชื่อเข้าใช้</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="935" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation>รูปภาพ: เลือกไฟล์รูปภาพหรือนำรูปภาพออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="936" />
            <source>Picture</source>
            <translation>รูปภาพ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="939" />
            <source>&amp;Choose Picture…</source>
            <translation>เ&amp;ลือกรูปภาพ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="941" />
            <source>&amp;Remove Picture</source>
            <translation>&amp;นำรูปภาพออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Choose a Picture</source>
            <translation>เลือกรูปภาพ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Images ({patterns})</source>
            <translation>รูปภาพ ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="963" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation>{file} ไม่ใช่รูปภาพที่ Cardfile อ่านได้</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="236" />
            <source>no date</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="287" />
            <source>Per currency: the total of the deals here, and (dim) their weighted total, each amount counted at its probability</source>
            <translation>แยกตามสกุลเงิน: มูลค่ารวมของดีลที่นี่ และ (สีจาง) มูลค่ารวมแบบถ่วงน้ำหนัก ซึ่งนับแต่ละมูลค่าตามโอกาสสำเร็จ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="326" />
            <source>{stage} · {percent} %</source>
            <translation>{stage} · {percent} %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="332" />
            <source>{stage}: deals here count {percent} % of their amount unless they say otherwise</source>
            <translation>{stage}: ดีลที่นี่นับ {percent} % ของมูลค่า เว้นแต่ดีลจะระบุไว้เป็นอย่างอื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="336" />
            <source>No deals</source>
            <translation>ไม่มีดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="488" />
            <source>Total and (dim) weighted total per currency:</source>
            <translation>มูลค่ารวมและ (สีจาง) มูลค่ารวมแบบถ่วงน้ำหนักตามสกุลเงิน:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="492" />
            <source>Pipeline: {pipeline}</source>
            <translation>ไปป์ไลน์การขาย: {pipeline}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="494" />
            <source>no deals</source>
            <translation>ไม่มีดีล</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/board.py" line="496" />
            <source>{totals}; %Ln more currency(ies)</source>
            <translation>
                <numerusform>{totals}; อีก %Ln สกุลเงิน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>lost</source>
            <translation>ปิดการขายไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="499" />
            <source>{count} {status} · {totals}</source>
            <translation>{count} {status} · {totals}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="536" />
            <source>Move Deal</source>
            <translation>ย้ายดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="599" />
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="600" />
            <source>Move to</source>
            <translation>ย้ายไปที่</translation>
        </message>
    </context>
    <context>
        <name>PipelinesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="66" />
            <source>&amp;Name:</source>
            <translation>&amp;ชื่อ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="67" />
            <source>Default &amp;probability:</source>
            <translation>โอกาสสำเร็จ&amp;เริ่มต้น:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="84" />
            <source>Move the Deals</source>
            <translation>ย้ายดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="92" />
            <source>Each deal's history records the move, and Edit ▸ Undo puts everything back.</source>
            <translation>ประวัติของแต่ละดีลจะบันทึกการย้ายไว้ และ แก้ไข ▸ เลิกทำ จะนำทุกอย่างกลับคืน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="97" />
            <source>Move and Remove</source>
            <translation>ย้ายและนำออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="125" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="139" />
            <source>Pipelines</source>
            <translation>ไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="135" />
            <source>&amp;Add Pipeline…</source>
            <translation>&amp;เพิ่มไปป์ไลน์การขาย…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="136" />
            <source>Re&amp;name…</source>
            <translation>เปลี่ยน&amp;ชื่อ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="137" />
            <source>Remo&amp;ve…</source>
            <translation>&amp;นำออก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Stage</source>
            <translation>ขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Default probability</source>
            <translation>โอกาสสำเร็จเริ่มต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Deals</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="156" />
            <source>Add &amp;Stage…</source>
            <translation>เพิ่ม&amp;ขั้นตอน…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="157" />
            <source>Move &amp;Up</source>
            <translation>&amp;ย้ายขึ้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="158" />
            <source>Move &amp;Down</source>
            <translation>ย้าย&amp;ลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="159" />
            <source>&amp;Remove Stage…</source>
            <translation>นำขั้นตอน&amp;ออก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="173" />
            <source>Changes are made as you make them; Edit ▸ Undo takes each one back. Double-click a stage's name to rename it. A new deal starts in the first stage.</source>
            <translation>การเปลี่ยนแปลงจะมีผลทันทีที่คุณทำ และ แก้ไข ▸ เลิกทำ จะยกเลิกทีละรายการ ดับเบิลคลิกชื่อขั้นตอนเพื่อเปลี่ยนชื่อ ดีลใหม่จะเริ่มที่ขั้นตอนแรก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="181" />
            <source>Stages, in order</source>
            <translation>ขั้นตอนตามลำดับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="291" />
            <source>Add Pipeline</source>
            <translation>เพิ่มไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="292" />
            <source>Name of the new pipeline (it starts with the stages of the one shown, to change as you like):</source>
            <translation>ชื่อของไปป์ไลน์การขายใหม่ (เริ่มต้นด้วยขั้นตอนของไปป์ไลน์ที่แสดงอยู่ ซึ่งเปลี่ยนได้ตามต้องการ):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="297" />
            <source>Lead</source>
            <translation>ลูกค้าเป้าหมาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>Rename Pipeline</source>
            <translation>เปลี่ยนชื่อไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>New name of “{name}”:</source>
            <translation>ชื่อใหม่ของ “{name}”:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="319" />
            <source>“{name}” holds {deals}. Before it is removed, move them to:</source>
            <translation>“{name}” มี {deals} ก่อนนำออก โปรดย้ายไปที่:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="322" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="333" />
            <source>Remove Pipeline</source>
            <translation>นำไปป์ไลน์การขายออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="332" />
            <source>Remove the pipeline “{name}”? It holds no deals.</source>
            <translation>นำไปป์ไลน์การขาย “{name}” ออกหรือไม่ ไปป์ไลน์นี้ไม่มีดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="343" />
            <source>Add Stage</source>
            <translation>เพิ่มขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="395" />
            <source>The stage “{stage}” holds {deals}. Before it is removed, move them to:</source>
            <translation>ขั้นตอน “{stage}” มี {deals} ก่อนนำออก โปรดย้ายไปที่:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="398" />
            <source>Remove Stage</source>
            <translation>นำขั้นตอนออก</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="82" />
            <source>Printed {when}</source>
            <translation>พิมพ์เมื่อ {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="100" />
            <source>{records} selected</source>
            <translation>{records} ที่เลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="102" />
            <source>{records} (filtered)</source>
            <translation>{records} (กรองแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="107" />
            <source>Only the first {printed} of {count} are printed. Select the records to print, or narrow the list with a filter or a lookup.</source>
            <translation>พิมพ์เฉพาะ {printed} รายการแรกจาก {count} รายการ โปรดเลือกระเบียนที่จะพิมพ์ หรือจำกัดรายการด้วยตัวกรองหรือการค้นหาแบบมีเงื่อนไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="207" />
            <source>you</source>
            <translation>คุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="208" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="210" />
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="253" />
            <source>Print Preview — {title}</source>
            <translation>ตัวอย่างก่อนพิมพ์ — {title}</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="56" />
            <location filename="../../src/cardfile/ui/problems.py" line="123" />
            <source>Kind of record</source>
            <translation>ประเภทระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="57" />
            <source>Records</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="58" />
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="59" />
            <source>Sync every</source>
            <translation>ซิงค์ทุก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="60" />
            <source>Server</source>
            <translation>เซิร์ฟเวอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="61" />
            <source>Snooze</source>
            <translation>เตือนอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="62" />
            <source>Alarm</source>
            <translation>การแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="63" />
            <source>Exchange rate</source>
            <translation>อัตราแลกเปลี่ยน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="64" />
            <source>To</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="65" />
            <source>Period</source>
            <translation>ช่วงเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="66" />
            <location filename="../../src/cardfile/ui/problems.py" line="67" />
            <source>Sort order</source>
            <translation>ลำดับการเรียง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="68" />
            <source>View</source>
            <translation>มุมมอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="69" />
            <source>Format</source>
            <translation>รูปแบบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="70" />
            <source>Duplicates</source>
            <translation>รายการซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="71" />
            <source>Files</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="72" />
            <source>Batch size</source>
            <translation>ขนาดชุดข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="73" />
            <source>Name of the column mapping</source>
            <translation>ชื่อการจับคู่คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="74" />
            <source>Column mapping</source>
            <translation>การจับคู่คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="75" />
            <source>Incomplete</source>
            <translation>ไม่ครบถ้วน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="76" />
            <source>No company</source>
            <translation>ไม่มีบริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="77" />
            <source>Selection</source>
            <translation>รายการที่เลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="78" />
            <source>vCard version</source>
            <translation>เวอร์ชัน vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="79" />
            <source>Columns</source>
            <translation>คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="80" />
            <source>Separator</source>
            <translation>ตัวคั่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="81" />
            <source>Name order</source>
            <translation>ลำดับชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="82" />
            <source>Default country</source>
            <translation>ประเทศเริ่มต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="83" />
            <source>List</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="84" />
            <location filename="../../src/cardfile/ui/problems.py" line="107" />
            <location filename="../../src/cardfile/ui/problems.py" line="124" />
            <source>Amount</source>
            <translation>จำนวนเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="85" />
            <source>Currency</source>
            <translation>สกุลเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="86" />
            <source>Parent company</source>
            <translation>บริษัทแม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="87" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="88" />
            <source>Member</source>
            <translation>สมาชิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="89" />
            <location filename="../../src/cardfile/ui/problems.py" line="130" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="90" />
            <source>Activity type</source>
            <translation>ประเภทกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="91" />
            <location filename="../../src/cardfile/ui/problems.py" line="115" />
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="92" />
            <source>Repeats</source>
            <translation>การทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="93" />
            <source>All day</source>
            <translation>ทั้งวัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="94" />
            <source>Ends</source>
            <translation>สิ้นสุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="95" />
            <location filename="../../src/cardfile/ui/problems.py" line="108" />
            <source>Duration</source>
            <translation>ระยะเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="96" />
            <source>Occurrence</source>
            <translation>ครั้งของกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="97" />
            <location filename="../../src/cardfile/ui/problems.py" line="105" />
            <source>Stage</source>
            <translation>ขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="98" />
            <location filename="../../src/cardfile/ui/problems.py" line="104" />
            <source>Pipeline</source>
            <translation>ไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="99" />
            <source>Probability</source>
            <translation>โอกาสสำเร็จ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="100" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="101" />
            <source>Lost reasons</source>
            <translation>เหตุผลที่เสียดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="102" />
            <source>Won reasons</source>
            <translation>เหตุผลที่ได้ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="103" />
            <source>Roles</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="106" />
            <source>Expected close</source>
            <translation>วันที่คาดว่าจะปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="109" />
            <source>Line items</source>
            <translation>รายการสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="110" />
            <source>Product</source>
            <translation>สินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="111" />
            <source>Quantity</source>
            <translation>จำนวน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="112" />
            <source>Unit price</source>
            <translation>ราคาต่อหน่วย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="113" />
            <source>Discount</source>
            <translation>ส่วนลด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="114" />
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="116" />
            <source>Companies</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="117" />
            <source>Deals</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="118" />
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="119" />
            <source>Photo</source>
            <translation>รูปภาพ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="120" />
            <source>Logo</source>
            <translation>โลโก้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="121" />
            <source>Type of field</source>
            <translation>ประเภทฟิลด์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="122" />
            <source>Choices</source>
            <translation>ตัวเลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="125" />
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="126" />
            <source>Custom field</source>
            <translation>ฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="127" />
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="128" />
            <source>Contact</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="129" />
            <source>Deal</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="216" />
            <location filename="../../src/cardfile/ui/problems.py" line="245" />
            <location filename="../../src/cardfile/ui/problems.py" line="356" />
            <source>{field}: this value cannot be used.</source>
            <translation>{field}: ใช้ค่านี้ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="221" />
            <source>This activity is done already.</source>
            <translation>กิจกรรมนี้เสร็จแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="223" />
            <source>This activity is cancelled already.</source>
            <translation>กิจกรรมนี้ถูกยกเลิกแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="224" />
            <source>This activity is cleared already.</source>
            <translation>กิจกรรมนี้ปิดไปแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="229" />
            <source>The deals in “{stage}” must first move to another stage.</source>
            <translation>ต้องย้ายดีลในขั้นตอน “{stage}” ไปยังขั้นตอนอื่นก่อน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="230" />
            <source>The deals in “{pipeline}” must first move to another pipeline.</source>
            <translation>ต้องย้ายดีลในไปป์ไลน์ “{pipeline}” ไปยังไปป์ไลน์อื่นก่อน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="237" />
            <source>“{value}” is not a date.</source>
            <translation>“{value}” ไม่ใช่วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="246" />
            <source>{field}: this is needed.</source>
            <translation>{field}: ต้องระบุค่านี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="247" />
            <source>{field}: the least is {limit}.</source>
            <translation>{field}: ค่าต่ำสุดคือ {limit}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="248" />
            <source>{field}: the most is {limit}.</source>
            <translation>{field}: ค่าสูงสุดคือ {limit}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="249" />
            <source>{field}: at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: ไม่เกิน %Ln อักขระ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="250" />
            <source>{field}: at most %Ln entry(ies).</source>
            <translation>
                <numerusform>{field}: ไม่เกิน %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="251" />
            <source>{field}: enter a number.</source>
            <translation>{field}: โปรดป้อนตัวเลข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="253" />
            <source>{field}: “{value}” is not one of {choices}.</source>
            <translation>{field}: “{value}” ไม่ใช่หนึ่งใน {choices}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="257" />
            <source>There is no such date as “{value}”.</source>
            <translation>ไม่มีวันที่ “{value}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="258" />
            <source>“{value}” is not an amount.</source>
            <translation>“{value}” ไม่ใช่จำนวนเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="259" />
            <source>“{value}” has too many decimals for {currency}.</source>
            <translation>“{value}” มีทศนิยมมากเกินไปสำหรับ {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="260" />
            <source>“{value}” is not a currency code (such as EUR or USD).</source>
            <translation>“{value}” ไม่ใช่รหัสสกุลเงิน (เช่น EUR หรือ USD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="261" />
            <source>Say how it went.</source>
            <translation>โปรดระบุผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="262" />
            <source>A name is needed.</source>
            <translation>ต้องระบุชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="263" />
            <source>Write some text.</source>
            <translation>โปรดพิมพ์ข้อความ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="264" />
            <source>Choose at least one person to schedule with.</source>
            <translation>โปรดเลือกบุคคลอย่างน้อยหนึ่งคนที่จะนัดหมายด้วย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="265" />
            <source>One occurrence of a series cannot repeat on its own.</source>
            <translation>ครั้งเดียวในชุดกิจกรรมไม่สามารถทำซ้ำแยกเองได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="266" />
            <source>An activity is at any time that day or all day, not both.</source>
            <translation>กิจกรรมต้องเป็นเวลาใดก็ได้ในวันนั้นหรือทั้งวัน ไม่ใช่ทั้งสองอย่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="267" />
            <source>An activity cannot end before it starts.</source>
            <translation>กิจกรรมไม่สามารถสิ้นสุดก่อนเริ่มได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="268" />
            <source>A repeating activity needs a date.</source>
            <translation>กิจกรรมที่ทำซ้ำต้องมีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="269" />
            <source>An activity needs a subject.</source>
            <translation>กิจกรรมต้องมีหัวเรื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="270" />
            <source>An activity without a start has no duration.</source>
            <translation>กิจกรรมที่ไม่มีเวลาเริ่มจะไม่มีระยะเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="271" />
            <source>The series has no occurrence then.</source>
            <translation>ชุดกิจกรรมไม่มีครั้งใดในเวลานั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="272" />
            <source>This activity does not repeat.</source>
            <translation>กิจกรรมนี้ไม่ทำซ้ำ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="274" />
            <source>Choose at least one file to import.</source>
            <translation>โปรดเลือกไฟล์อย่างน้อยหนึ่งไฟล์เพื่อนำเข้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="275" />
            <source>A company cannot be its own parent company.</source>
            <translation>บริษัทไม่สามารถเป็นบริษัทแม่ของตัวเองได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="276" />
            <source>{field}: it is no longer there (it was deleted, perhaps on another device).</source>
            <translation>{field}: ไม่มีอยู่แล้ว (ถูกลบไป อาจจะจากอุปกรณ์อื่น)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="279" />
            <source>The line items' prices are in {currency}; change them together with the currency.</source>
            <translation>ราคาของรายการสินค้าเป็น {currency} โปรดเปลี่ยนราคาพร้อมกับสกุลเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="282" />
            <source>Here the amount is the sum of the line items.</source>
            <translation>ในที่นี้จำนวนเงินคือผลรวมของรายการสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="283" />
            <source>{field}: this cannot be done with this kind of record.</source>
            <translation>{field}: ไม่สามารถทำสิ่งนี้กับระเบียนประเภทนี้ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="284" />
            <source>Choose two records or more.</source>
            <translation>โปรดเลือกระเบียนตั้งแต่สองรายการขึ้นไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="285" />
            <source>Choose records, a group or a lookup: one of them, not several.</source>
            <translation>โปรดเลือกระเบียน กลุ่ม หรือการค้นหาแบบมีเงื่อนไข เพียงอย่างเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="286" />
            <source>Separate the columns with a comma, a semicolon or a tab.</source>
            <translation>โปรดคั่นคอลัมน์ด้วยจุลภาค อัฒภาค หรือแท็บ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="287" />
            <source>Some of the chosen columns do not exist.</source>
            <translation>คอลัมน์ที่เลือกบางคอลัมน์ไม่มีอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="288" />
            <source>There is no saved column mapping named “{name}”.</source>
            <translation>ไม่มีการจับคู่คอลัมน์ที่บันทึกไว้ชื่อ “{name}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="289" />
            <source>Choose how the records are incomplete: no email or phone, no company, or no activity for some months.</source>
            <translation>โปรดเลือกว่าระเบียนไม่ครบถ้วนอย่างไร: ไม่มีอีเมลหรือโทรศัพท์ ไม่มีบริษัท หรือไม่มีกิจกรรมมาหลายเดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="292" />
            <source>That record is not one of those being merged.</source>
            <translation>ระเบียนนั้นไม่ได้อยู่ในกลุ่มที่กำลังผสาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="293" />
            <source>“{name}” is not a stage of “{pipeline}”; its stages are {stages}.</source>
            <translation>“{name}” ไม่ใช่ขั้นตอนของ “{pipeline}” ขั้นตอนที่มีคือ {stages}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="298" />
            <source>A pipeline needs at least one stage.</source>
            <translation>ไปป์ไลน์การขายต้องมีอย่างน้อยหนึ่งขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="300" />
            <source>There is no custom field “{name}”.</source>
            <translation>ไม่มีฟิลด์กำหนดเอง “{name}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="302" />
            <source>A snooze must end in the future.</source>
            <translation>เวลาเตือนอีกครั้งต้องอยู่ในอนาคต</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="303" />
            <source>A rate from {source} to {target} is a number above 0.</source>
            <translation>อัตราจาก {source} เป็น {target} ต้องเป็นตัวเลขที่มากกว่า 0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="304" />
            <source>The period ends before it starts.</source>
            <translation>ช่วงเวลาสิ้นสุดก่อนเริ่มต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="305" />
            <source>“{value}” is not a country code (such as US or IS).</source>
            <translation>“{value}” ไม่ใช่รหัสประเทศ (เช่น US หรือ IS)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="306" />
            <source>“{value}” cannot be a user name.</source>
            <translation>“{value}” ใช้เป็นชื่อผู้ใช้ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="307" />
            <source>This database syncs as {current}; use another database to sync as {user}.</source>
            <translation>ฐานข้อมูลนี้ซิงค์ในนาม {current} หากต้องการซิงค์ในนาม {user} โปรดใช้ฐานข้อมูลอื่น</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="310" />
            <source>Sync every {low} (only by hand) to %Ln minute(s).</source>
            <translation>
                <numerusform>ซิงค์ทุก {low} (ด้วยตนเองเท่านั้น) ถึง %Ln นาที</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="313" />
            <source>“{value}” is not an http:// or https:// address.</source>
            <translation>“{value}” ไม่ใช่ที่อยู่ http:// หรือ https://</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="314" />
            <source>{field}: this is too large to sync; at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: ใหญ่เกินกว่าจะซิงค์ได้ ไม่เกิน %Ln อักขระ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="317" />
            <source>“{value}” contains invisible characters ({characters}); type the address again without them.</source>
            <translation>“{value}” มีอักขระที่มองไม่เห็น ({characters}) โปรดพิมพ์ที่อยู่ใหม่โดยไม่มีอักขระเหล่านั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="323" />
            <source>The picture's type (JPEG, PNG …) is not known.</source>
            <translation>ไม่ทราบชนิดของรูปภาพ (JPEG, PNG …)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="324" />
            <source>A time needs its time zone.</source>
            <translation>เวลาต้องมีเขตเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="327" />
            <source>A choice field needs at least one choice.</source>
            <translation>ฟิลด์ตัวเลือกต้องมีตัวเลือกอย่างน้อยหนึ่งรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="328" />
            <source>A line item needs a product.</source>
            <translation>รายการสินค้าต้องมีสินค้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="329" />
            <source>{field}: more than {low} and less than {high}.</source>
            <translation>{field}: มากกว่า {low} และน้อยกว่า {high}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="332" />
            <source>{field}: from {low} to {high}.</source>
            <translation>{field}: ตั้งแต่ {low} ถึง {high}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="335" />
            <source>{field}: at most %Ln decimal(s).</source>
            <translation>
                <numerusform>{field}: ทศนิยมไม่เกิน %Ln ตำแหน่ง</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="336" />
            <source>{field}: a whole number of the currency's smallest unit (such as cents).</source>
            <translation>{field}: ต้องเป็นจำนวนเต็มในหน่วยย่อยที่สุดของสกุลเงิน (เช่น เซนต์)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="339" />
            <source>There is already a field named “{name}”.</source>
            <translation>มีฟิลด์ชื่อ “{name}” อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="348" />
            <source>Value</source>
            <translation>ค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="357" />
            <source>This value cannot be used.</source>
            <translation>ใช้ค่านี้ไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="128" />
            <source>Drive</source>
            <translation>ไดรฟ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="132" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="134" />
            <source>Unknown</source>
            <translation>ไม่ทราบ</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="143" />
            <source>Select Color</source>
            <translation>เลือกสี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="144" />
            <source>&amp;Basic colors</source>
            <translation>สีพื้นฐาน(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="145" />
            <source>&amp;Custom colors</source>
            <translation>สีที่กำหนดเอง(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="146" />
            <source>&amp;Add to Custom Colors</source>
            <translation>เพิ่มในสีที่กำหนดเอง(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="147" />
            <source>&amp;Pick Screen Color</source>
            <translation>เลือกสีจากหน้าจอ(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="148" />
            <source>Hu&amp;e:</source>
            <translation>เฉดสี(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="149" />
            <source>&amp;Sat:</source>
            <translation>ความอิ่มตัว(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="150" />
            <source>&amp;Val:</source>
            <translation>ความสว่าง(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="151" />
            <source>&amp;Red:</source>
            <translation>แดง(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="152" />
            <source>&amp;Green:</source>
            <translation>เขียว(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="153" />
            <source>Bl&amp;ue:</source>
            <translation>น้ำเงิน(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="154" />
            <source>A&amp;lpha channel:</source>
            <translation>ช่องอัลฟา(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="158" />
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>เคอร์เซอร์อยู่ที่ %1, %2
กด Esc เพื่อยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="335" />
            <source>Job</source>
            <translation>งานพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="336" />
            <source>Job Control</source>
            <translation>การควบคุมงานพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="337" />
            <source>Scheduled &amp;printing:</source>
            <translation>กำหนดเวลาพิมพ์(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="338" />
            <source>&amp;Billing information:</source>
            <translation>ข้อมูลการเรียกเก็บเงิน(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="339" />
            <source>Job &amp;priority:</source>
            <translation>ลำดับความสำคัญของงาน(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="340" />
            <source>Banner Pages</source>
            <translation>หน้าแบนเนอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="341" />
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>หน้าเริ่มต้น(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="342" />
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>หน้าสิ้นสุด(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="343" />
            <source>Print Immediately</source>
            <translation>พิมพ์ทันที</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="344" />
            <source>Hold Indefinitely</source>
            <translation>พักไว้โดยไม่มีกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="345" />
            <source>Day (06:00 to 17:59)</source>
            <translation>กลางวัน (06:00 ถึง 17:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="346" />
            <source>Night (18:00 to 05:59)</source>
            <translation>กลางคืน (18:00 ถึง 05:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="350" />
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>กะที่สอง (16:00 ถึง 23:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="355" />
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>กะที่สาม (00:00 ถึง 07:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="360" />
            <source>Weekend (Saturday to Sunday)</source>
            <translation>สุดสัปดาห์ (วันเสาร์ถึงวันอาทิตย์)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="362" />
            <source>Specific Time</source>
            <translation>ระบุเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="363" />
            <source>None</source>
            <comment>CUPS Banner page</comment>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="364" />
            <source>Standard</source>
            <comment>CUPS Banner page</comment>
            <translation>มาตรฐาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="365" />
            <source>Unclassified</source>
            <comment>CUPS Banner page</comment>
            <translation>ไม่มีชั้นความลับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="366" />
            <source>Confidential</source>
            <comment>CUPS Banner page</comment>
            <translation>ลับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="367" />
            <source>Classified</source>
            <comment>CUPS Banner page</comment>
            <translation>ปกปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="368" />
            <source>Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>ลับมาก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="369" />
            <source>Top Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>ลับที่สุด</translation>
        </message>
    </context>
    <context>
        <name>QCupsPrinterSupport</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="415" />
            <source>Authentication Needed</source>
            <translation>ต้องยืนยันตัวตน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="419" />
            <source>Authentication needed to use %1.</source>
            <translation>ต้องยืนยันตัวตนเพื่อใช้ %1</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="424" />
            <source>Authentication needed to use %1 on %2.</source>
            <translation>ต้องยืนยันตัวตนเพื่อใช้ %1 บน %2</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="426" />
            <source>Username:</source>
            <translation>ชื่อผู้ใช้:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="427" />
            <source>Password:</source>
            <translation>รหัสผ่าน:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="61" />
            <source>&amp;Look in:</source>
            <translation>ค้นหาใน(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="62" />
            <source>Back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="63" />
            <source>Go back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="64" />
            <source>Forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="65" />
            <source>Go forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="66" />
            <source>Parent Directory</source>
            <translation>โฟลเดอร์ระดับบน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="67" />
            <source>Go to the parent directory</source>
            <translation>ไปยังโฟลเดอร์ระดับบน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="68" />
            <source>Create New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="69" />
            <source>Create a New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="70" />
            <source>List View</source>
            <translation>มุมมองรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="71" />
            <source>Change to list view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="72" />
            <source>Detail View</source>
            <translation>มุมมองรายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="73" />
            <source>Change to detail view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="74" />
            <source>Sidebar</source>
            <translation>แถบด้านข้าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="75" />
            <source>List of places and bookmarks</source>
            <translation>ตำแหน่งและบุ๊กมาร์ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="76" />
            <source>Files</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="77" />
            <source>File &amp;name:</source>
            <translation>ชื่อไฟล์(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="78" />
            <source>Files of &amp;type:</source>
            <translation>ชนิดไฟล์(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="79" />
            <source>Directory:</source>
            <translation>โฟลเดอร์:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="80" />
            <source>Directories</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="81" />
            <source>All Files (*)</source>
            <translation>ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="82" />
            <source>All files (*)</source>
            <translation>ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="83" />
            <source>&amp;Open</source>
            <translation>เปิด(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="84" />
            <source>&amp;Save</source>
            <translation>บันทึก(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="85" />
            <source>&amp;Choose</source>
            <translation>เลือก(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="86" />
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="87" />
            <source>Save As</source>
            <translation>บันทึกเป็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="88" />
            <source>Find Directory</source>
            <translation>เลือกโฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="89" />
            <source>&amp;Rename</source>
            <translation>เปลี่ยนชื่อ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="90" />
            <source>&amp;Delete</source>
            <translation>ลบ(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="91" />
            <source>Show &amp;hidden files</source>
            <translation>แสดงไฟล์ที่ซ่อนไว้(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="92" />
            <source>&amp;New Folder</source>
            <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="93" />
            <source>New Folder</source>
            <translation>โฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="94" />
            <source>Recent Places</source>
            <translation>ตำแหน่งล่าสุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="95" />
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="99" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>ต้องการลบ '%1' ใช่หรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="104" />
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' ถูกป้องกันการเขียน
ยังต้องการลบหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="106" />
            <source>Could not delete directory.</source>
            <translation>ลบโฟลเดอร์ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="110" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>มี %1 อยู่แล้ว
ต้องการแทนที่หรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="115" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบว่าชื่อไฟล์ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="120" />
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบว่าชื่อโฟลเดอร์ถูกต้อง</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="122" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="123" />
            <source>Size</source>
            <translation>ขนาด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="124" />
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>ชนิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="125" />
            <source>Date Modified</source>
            <translation>วันที่แก้ไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="126" />
            <source>Computer</source>
            <translation>คอมพิวเตอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="127" />
            <source>My Computer</source>
            <translation>คอมพิวเตอร์ของฉัน</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="168" />
            <source>&amp;Undo</source>
            <translation>เลิกทำ(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="169" />
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="170" />
            <source>Cu&amp;t</source>
            <translation>ตัด(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="171" />
            <source>&amp;Copy</source>
            <translation>คัดลอก(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="172" />
            <source>&amp;Paste</source>
            <translation>วาง(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="173" />
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="174" />
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="277" />
            <source>Paper</source>
            <translation>กระดาษ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="278" />
            <source>Page size:</source>
            <translation>ขนาดกระดาษ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="279" />
            <source>Width:</source>
            <translation>ความกว้าง:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="280" />
            <source>Height:</source>
            <translation>ความสูง:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="281" />
            <source>Paper source:</source>
            <translation>ถาดกระดาษ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="282" />
            <source>Orientation</source>
            <translation>การวางแนว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="283" />
            <source>Portrait</source>
            <translation>แนวตั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="284" />
            <source>Landscape</source>
            <translation>แนวนอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="285" />
            <source>Reverse landscape</source>
            <translation>แนวนอนกลับด้าน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="286" />
            <source>Reverse portrait</source>
            <translation>แนวตั้งกลับด้าน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="287" />
            <source>Margins</source>
            <translation>ระยะขอบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="288" />
            <source>top margin</source>
            <translation>ระยะขอบบน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="289" />
            <source>left margin</source>
            <translation>ระยะขอบซ้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="290" />
            <source>right margin</source>
            <translation>ระยะขอบขวา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="291" />
            <source>bottom margin</source>
            <translation>ระยะขอบล่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="292" />
            <source>Page Layout</source>
            <translation>การจัดวางหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="293" />
            <source>Page &amp;order:</source>
            <translation>ลำดับหน้า(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="294" />
            <source>Pages &amp;per sheet:</source>
            <translation>จำนวนหน้าต่อแผ่น(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="295" />
            <source>Millimeters (mm)</source>
            <translation>มิลลิเมตร (มม.)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="296" />
            <source>Inches (in)</source>
            <translation>นิ้ว (in)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="297" />
            <source>Points (pt)</source>
            <translation>พอยต์ (pt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="298" />
            <source>Pica (P̸)</source>
            <translation>ไพกา (P̸)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="299" />
            <source>Didot (DD)</source>
            <translation>ดิโด (DD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="300" />
            <source>Cicero (CC)</source>
            <translation>ซิเซโร (CC)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="309" />
            <source>Custom</source>
            <translation>กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="310" />
            <source>mm</source>
            <translation>มม.</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="40" />
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="41" />
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="42" />
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="43" />
            <location filename="../../src/cardfile/app.py" line="241" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="44" />
            <source>Discard</source>
            <translation>ละทิ้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="45" />
            <source>Apply</source>
            <translation>นำไปใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="46" />
            <source>&amp;Yes</source>
            <translation>ใช่(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="47" />
            <source>&amp;No</source>
            <translation>ไม่ใช่(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="135" />
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="212" />
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="251" />
            <source>All Pages</source>
            <translation>ทุกหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="252" />
            <source>Odd Pages</source>
            <translation>หน้าคี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="253" />
            <source>Even Pages</source>
            <translation>หน้าคู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="254" />
            <source>&amp;Options &gt;&gt;</source>
            <translation>ตัวเลือก(&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="255" />
            <source>&amp;Options &lt;&lt;</source>
            <translation>ตัวเลือก(&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="256" />
            <source>&amp;Print</source>
            <translation>พิมพ์(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="257" />
            <source>Print to File (PDF)</source>
            <translation>พิมพ์ลงไฟล์ (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="258" />
            <source>Local file</source>
            <translation>ไฟล์ในเครื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="259" />
            <source>Write PDF file</source>
            <translation>เขียนไฟล์ PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="260" />
            <source>Print To File ...</source>
            <translation>พิมพ์ลงไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="264" />
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 เป็นโฟลเดอร์
โปรดเลือกชื่อไฟล์อื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="269" />
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>ไม่สามารถเขียนไฟล์ %1 ได้
โปรดเลือกชื่อไฟล์อื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="274" />
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 มีอยู่แล้ว
ต้องการเขียนทับหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="301" />
            <source>Left to Right, Top to Bottom</source>
            <translation>ซ้ายไปขวา บนลงล่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="302" />
            <source>Left to Right, Bottom to Top</source>
            <translation>ซ้ายไปขวา ล่างขึ้นบน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="303" />
            <source>Right to Left, Bottom to Top</source>
            <translation>ขวาไปซ้าย ล่างขึ้นบน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="304" />
            <source>Right to Left, Top to Bottom</source>
            <translation>ขวาไปซ้าย บนลงล่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="305" />
            <source>Bottom to Top, Left to Right</source>
            <translation>ล่างขึ้นบน ซ้ายไปขวา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="306" />
            <source>Bottom to Top, Right to Left</source>
            <translation>ล่างขึ้นบน ขวาไปซ้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="307" />
            <source>Top to Bottom, Left to Right</source>
            <translation>บนลงล่าง ซ้ายไปขวา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="308" />
            <source>Top to Bottom, Right to Left</source>
            <translation>บนลงล่าง ขวาไปซ้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="389" />
            <source>Duplex Settings Conflicts</source>
            <translation>การตั้งค่าการพิมพ์สองหน้าขัดแย้งกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="393" />
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>การตั้งค่าการพิมพ์สองหน้าขัดแย้งกัน ต้องการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="398" />
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>ใช้ตัวเลือก "จำนวนหน้าต่อแผ่น" กับ "ชุดหน้า" พร้อมกันไม่ได้
โปรดปิดตัวเลือกใดตัวเลือกหนึ่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="404" />
            <source>Invalid Pages Definition</source>
            <translation>ระบุหน้าไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="409" />
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 เขียนไม่ถูกรูปแบบ โปรดใช้ ',' คั่นหน้าและช่วงหน้า ใช้ '-' กำหนดช่วงหน้า และอย่าให้ช่วงหน้าซ้อนทับกัน</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="192" />
            <source>Next page</source>
            <translation>หน้าถัดไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="193" />
            <source>Previous page</source>
            <translation>หน้าก่อนหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="194" />
            <source>First page</source>
            <translation>หน้าแรก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="195" />
            <source>Last page</source>
            <translation>หน้าสุดท้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="196" />
            <source>Fit width</source>
            <translation>พอดีความกว้าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="197" />
            <source>Fit page</source>
            <translation>พอดีหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="198" />
            <source>Zoom in</source>
            <translation>ขยาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="199" />
            <source>Zoom out</source>
            <translation>ย่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="200" />
            <source>Portrait</source>
            <translation>แนวตั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="201" />
            <source>Landscape</source>
            <translation>แนวนอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="202" />
            <source>Show single page</source>
            <translation>แสดงทีละหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="203" />
            <source>Show facing pages</source>
            <translation>แสดงสองหน้าคู่กัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="207" />
            <source>Show overview of all pages</source>
            <translation>แสดงภาพรวมทุกหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="209" />
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="210" />
            <source>Page setup</source>
            <translation>ตั้งค่าหน้ากระดาษ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="211" />
            <source>Print Preview</source>
            <translation>ตัวอย่างก่อนพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="276" />
            <source>Page Setup</source>
            <translation>ตั้งค่าหน้ากระดาษ</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="311" />
            <source>Printer Properties</source>
            <translation>คุณสมบัติเครื่องพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="319" />
            <source>Job Options</source>
            <translation>ตัวเลือกงานพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="370" />
            <source>Page Setup Conflicts</source>
            <translation>การตั้งค่าหน้ากระดาษขัดแย้งกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="374" />
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>ตัวเลือกการตั้งค่าหน้ากระดาษขัดแย้งกัน ต้องการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="379" />
            <source>Advanced Option Conflicts</source>
            <translation>ตัวเลือกขั้นสูงขัดแย้งกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="384" />
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>ตัวเลือกขั้นสูงบางรายการขัดแย้งกัน ต้องการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="388" />
            <source>Custom value for %1</source>
            <translation>ค่าที่กำหนดเองสำหรับ %1</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="312" />
            <source>Page</source>
            <translation>หน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="313" />
            <source>Advanced</source>
            <translation>ขั้นสูง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="317" />
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>ตัวเลือกบางรายการขัดแย้งกัน โปรดแก้ไข</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="220" />
            <source>Print range</source>
            <translation>ช่วงที่จะพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="221" />
            <source>Print all</source>
            <translation>พิมพ์ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="222" />
            <source>Pages from</source>
            <translation>หน้าที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="223" />
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="224" />
            <source>Pages</source>
            <translation>หน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="229" />
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>ระบุหน้าหรือช่วงหน้าโดยคั่นด้วยจุลภาค ช่วงหน้าระบุด้วยตัวเลขสองตัวคั่นด้วยยัติภังค์ เช่น 3,5-7,9 จะพิมพ์หน้า 3, 5, 6, 7 และ 9</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="235" />
            <source>Current Page</source>
            <translation>หน้าปัจจุบัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="236" />
            <source>Selection</source>
            <translation>ส่วนที่เลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="237" />
            <source>Page &amp;Set:</source>
            <translation>ชุดหน้า(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="238" />
            <source>Output Settings</source>
            <translation>การตั้งค่าผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="239" />
            <source>Copies:</source>
            <translation>จำนวนสำเนา:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="240" />
            <source>Collate</source>
            <translation>เรียงชุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="241" />
            <source>Reverse</source>
            <translation>ย้อนลำดับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="242" />
            <source>Copies</source>
            <translation>สำเนา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="243" />
            <source>Color Mode</source>
            <translation>โหมดสี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="244" />
            <source>Color</source>
            <translation>สี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="245" />
            <source>Grayscale</source>
            <translation>ระดับสีเทา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="246" />
            <source>Double Sided Printing</source>
            <translation>พิมพ์สองหน้า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="247" />
            <source>Off</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="248" />
            <source>Long side binding</source>
            <translation>เข้าเล่มด้านยาว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="249" />
            <source>Short side binding</source>
            <translation>เข้าเล่มด้านสั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="250" />
            <source>Options</source>
            <translation>ตัวเลือก</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="213" />
            <source>Printer</source>
            <translation>เครื่องพิมพ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="214" />
            <source>&amp;Name:</source>
            <translation>ชื่อ(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="215" />
            <source>P&amp;roperties</source>
            <translation>คุณสมบัติ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="216" />
            <source>Location:</source>
            <translation>ตำแหน่ง:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="217" />
            <source>Preview</source>
            <translation>ตัวอย่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="218" />
            <source>Type:</source>
            <translation>ชนิด:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="219" />
            <source>Output &amp;file:</source>
            <translation>ไฟล์ผลลัพธ์(&amp;F):</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="175" />
            <source>&amp;Undo</source>
            <translation>เลิกทำ(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="176" />
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="177" />
            <source>Cu&amp;t</source>
            <translation>ตัด(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="178" />
            <source>&amp;Copy</source>
            <translation>คัดลอก(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="179" />
            <source>&amp;Paste</source>
            <translation>วาง(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="180" />
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="181" />
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="48" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; ย้อนกลับ(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="49" />
            <source>&amp;Next &gt;</source>
            <translation>ถัดไป(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="50" />
            <source>&amp;Finish</source>
            <translation>เสร็จสิ้น(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="51" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="52" />
            <source>&amp;Help</source>
            <translation>วิธีใช้(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="209" />
            <location filename="../../src/cardfile/ui/records/form.py" line="92" />
            <source>Enter a number.</source>
            <translation>ป้อนตัวเลข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="211" />
            <location filename="../../src/cardfile/ui/problems.py" line="238" />
            <location filename="../../src/cardfile/ui/records/form.py" line="94" />
            <location filename="../../src/cardfile/ui/records/form.py" line="103" />
            <location filename="../../src/cardfile/ui/records/form.py" line="104" />
            <location filename="../../src/cardfile/ui/records/form.py" line="105" />
            <source>There is no such date.</source>
            <translation>ไม่มีวันที่นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="213" />
            <location filename="../../src/cardfile/ui/records/form.py" line="96" />
            <source>Choose one of: {choices}.</source>
            <translation>เลือกอย่างใดอย่างหนึ่ง: {choices}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="215" />
            <location filename="../../src/cardfile/ui/problems.py" line="252" />
            <location filename="../../src/cardfile/ui/records/form.py" line="98" />
            <source>Choose yes or no.</source>
            <translation>เลือกใช่หรือไม่ใช่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="320" />
            <location filename="../../src/cardfile/ui/records/form.py" line="100" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation>นี่ไม่ใช่ที่อยู่อีเมล ควรมีรูปแบบเช่น name@example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="321" />
            <location filename="../../src/cardfile/ui/records/form.py" line="101" />
            <source>A phone number needs at least one digit.</source>
            <translation>หมายเลขโทรศัพท์ต้องมีตัวเลขอย่างน้อยหนึ่งหลัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="322" />
            <location filename="../../src/cardfile/ui/records/form.py" line="102" />
            <source>A web address cannot contain spaces.</source>
            <translation>ที่อยู่เว็บต้องไม่มีช่องว่าง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation>ไม่มีบริษัทชื่อ “{name}” โปรดเพิ่มบริษัทก่อน หรือเลือกจากรายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="106" />
            <source>A company needs a name.</source>
            <translation>บริษัทต้องมีชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="107" />
            <location filename="../../src/cardfile/ui/records/form.py" line="108" />
            <location filename="../../src/cardfile/ui/records/form.py" line="109" />
            <source>There is no such company.</source>
            <translation>ไม่มีบริษัทนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="263" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>&amp;ส่วนตัว: เห็นเฉพาะคุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="264" />
            <source>A private record syncs only between your own devices, with its activities, notes and deals; nobody else in the office sees it.</source>
            <translation>ระเบียนส่วนตัวจะซิงค์เฉพาะระหว่างอุปกรณ์ของคุณเอง พร้อมกิจกรรม บันทึก และดีลของระเบียนนั้น ไม่มีใครในสำนักงานเห็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="696" />
            <source>Custom fields</source>
            <translation>ฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="960" />
            <source>{sentence} — &lt;a href="{id}"&gt;open it&lt;/a&gt;</source>
            <translation>{sentence} — &lt;a href="{id}"&gt;เปิดระเบียน&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="406" />
            <source>Choose another filter, or show them all.</source>
            <translation>เลือกตัวกรองอื่น หรือแสดงทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="486" />
            <source>&amp;List</source>
            <translation>&amp;รายการ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="542" />
            <source>&amp;Edit</source>
            <translation>แ&amp;ก้ไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="543" />
            <source>&amp;Tag…</source>
            <translation>&amp;ติดแท็ก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="544" />
            <source>&amp;Remove Tag…</source>
            <translation>&amp;นำแท็กออก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="545" />
            <source>Add to &amp;Group…</source>
            <translation>เพิ่มลงในก&amp;ลุ่ม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="547" />
            <source>Remove from Group</source>
            <translation>นำออกจากกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="550" />
            <source>&amp;Delete…</source>
            <translation>ล&amp;บ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="556" />
            <source>Show &amp;All</source>
            <translation>แสดง&amp;ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="557" />
            <source>&amp;Open</source>
            <translation>เ&amp;ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="558" />
            <source>C&amp;all</source>
            <translation>&amp;โทร</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="559" />
            <source>Send Ema&amp;il</source>
            <translation>ส่ง&amp;อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="561" />
            <source>&amp;Copy</source>
            <translation>&amp;คัดลอก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="564" />
            <source>E&amp;xport Selected…</source>
            <translation>ส่&amp;งออกรายการที่เลือก…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="592" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation>เพิ่มแท็กให้กับระเบียนที่เลือก (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="593" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation>นำแท็กออกจากระเบียนที่เลือก (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="594" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation>เพิ่มระเบียนที่เลือกลงในกลุ่ม (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="595" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation>ย้ายระเบียนที่เลือกไปที่ถังขยะ (Delete)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="596" />
            <source>Call the selected record's first phone number</source>
            <translation>โทรหาหมายเลขโทรศัพท์แรกของระเบียนที่เลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="597" />
            <source>Write to the selected records from your mail program</source>
            <translation>เขียนถึงระเบียนที่เลือกจากโปรแกรมอีเมลของคุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="598" />
            <source>Copy the selected rows as text (Ctrl+C in the list)</source>
            <translation>คัดลอกแถวที่เลือกเป็นข้อความ (Ctrl+C ในรายการ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="599" />
            <source>Export the selected records to a vCard or CSV file</source>
            <translation>ส่งออกระเบียนที่เลือกเป็นไฟล์ vCard หรือ CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="632" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="707" />
            <source>{count} (filtered)</source>
            <translation>{count} (กรองแล้ว)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="710" />
            <source>{count} · {selected} selected</source>
            <translation>{count} · เลือก {selected}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="807" />
            <source>{records} selected</source>
            <translation>{records} ที่เลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="876" />
            <source>&amp;Columns</source>
            <translation>คอลั&amp;มน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="886" />
            <source>&amp;Reset Columns</source>
            <translation>&amp;รีเซ็ตคอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="950" />
            <source>{tag} ({count})</source>
            <translation>{tag} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1034" />
            <source>Unsaved Changes</source>
            <translation>การเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1035" />
            <source>The card has a mistake, marked in red, to correct before it can be saved. Save the changes?</source>
            <translation>การ์ดมีข้อผิดพลาดที่ทำเครื่องหมายสีแดงไว้ ซึ่งต้องแก้ไขก่อนจึงจะบันทึกได้ ต้องการบันทึกการเปลี่ยนแปลงหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1037" />
            <source>Save the changes to this card?</source>
            <translation>บันทึกการเปลี่ยนแปลงของการ์ดนี้หรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1096" />
            <source>Copied the first {records} of {count}; export the rest.</source>
            <translation>คัดลอก {records} แรกจาก {count} แล้ว ส่วนที่เหลือโปรดส่งออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1099" />
            <source>Copied {records}.</source>
            <translation>คัดลอก {records} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1162" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1169" />
            <source>Move to Trash</source>
            <translation>ย้ายไปที่ถังขยะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1163" />
            <source>Move {records} to the Trash?</source>
            <translation>ย้าย {records} ไปที่ถังขยะหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1168" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation>คุณกู้คืนได้จากถังขยะ หรือเลิกทำด้วย Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1183" />
            <source>Moving {records} to the Trash…</source>
            <translation>กำลังย้าย {records} ไปที่ถังขยะ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Remove Tag</source>
            <translation>นำแท็กออก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Take this tag off {records}:</source>
            <translation>นำแท็กนี้ออกจาก {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Add Tag</source>
            <translation>เพิ่มแท็ก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Tag {records} with:</source>
            <translation>ติดแท็กให้ {records} ด้วย:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1212" />
            <source>Tagging {records}…</source>
            <translation>กำลังติดแท็ก {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1220" />
            <source>Add {records} to the group:</source>
            <translation>เพิ่ม {records} ลงในกลุ่ม:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1237" />
            <source>Adding {records} to a group…</source>
            <translation>กำลังเพิ่ม {records} ลงในกลุ่ม…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1245" />
            <source>Taking {records} out of a group…</source>
            <translation>กำลังนำ {records} ออกจากกลุ่ม…</translation>
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
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Companies</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Activities</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Deals</source>
            <translation>ดีล</translation>
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="333" />
            <source>no date</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="342" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>ยังไม่มีการนัดหมาย การโทร การประชุม และสิ่งที่ต้องทำกับผู้ติดต่อนี้จะแสดงที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="348" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="412" />
            <source>(no subject)</source>
            <translation>(ไม่มีหัวเรื่อง)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="350" />
            <source> · with {people}</source>
            <translation> · กับ {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="361" />
            <source>No history yet.</source>
            <translation>ยังไม่มีประวัติ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>… and %Ln earlier entry(ies)</source>
            <translation>
                <numerusform>… และรายการก่อนหน้าอีก %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="376" />
            <source>{when} · {action} · on “{name}”</source>
            <translation>{when} · {action} · ใน “{name}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="380" />
            <source>{when} · {action}</source>
            <translation>{when} · {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="382" />
            <source>{when} · Merged</source>
            <translation>{when} · รวมแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="384" />
            <source>{when} · Unmerged</source>
            <translation>{when} · แยกแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="386" />
            <source>{when} · Note</source>
            <translation>{when} · บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>done</source>
            <translation>เสร็จแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>cancelled</source>
            <translation>ยกเลิกแล้ว</translation>
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
                <numerusform>… และฟิลด์อื่นอีก %Ln ฟิลด์</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="424" />
            <source>(no name)</source>
            <translation>(ไม่มีชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="427" />
            <source>“{name}”</source>
            <translation>“{name}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="432" />
            <source>{other} was merged into this card</source>
            <translation>{other} ถูกรวมเข้ากับการ์ดนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="433" />
            <source>This card was merged into {other}</source>
            <translation>การ์ดนี้ถูกรวมเข้ากับ {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="434" />
            <source>{other} was taken out of this card</source>
            <translation>{other} ถูกแยกออกจากการ์ดนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="435" />
            <source>This card was taken out of {other}</source>
            <translation>การ์ดนี้ถูกแยกออกจาก {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="439" />
            <source>Merge history…</source>
            <translation>ประวัติการรวม…</translation>
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
            <translation>คุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="466" />
            <source>someone</source>
            <translation>บางคน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="473" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>เขียนบันทึก… (Ctrl+Enter เพื่อเพิ่ม)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="476" />
            <source>Add Note</source>
            <translation>เพิ่มบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="493" />
            <source>No notes yet.</source>
            <translation>ยังไม่มีบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="517" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="526" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="722" />
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="535" />
            <source>No deals yet.</source>
            <translation>ยังไม่มีดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>lost</source>
            <translation>ปิดการขายไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="542" />
            <source>closes {date}</source>
            <translation>คาดว่าจะปิด {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="544" />
            <source>overdue</source>
            <translation>เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="552" />
            <source>New Deal…</source>
            <translation>ดีลใหม่…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="554" />
            <source>Add a deal with this {kind}</source>
            <translation>เพิ่มดีลกับ{kind}นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="570" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation>ยังไม่มีกลุ่ม กลุ่มใช้รวบรวมบุคคลหรือบริษัทด้วยตนเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="579" />
            <source>New Group…</source>
            <translation>กลุ่มใหม่…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="596" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="607" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="724" />
            <source>Groups</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>New Group</source>
            <translation>กลุ่มใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>Name of the new group:</source>
            <translation>ชื่อของกลุ่มใหม่:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="631" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="635" />
            <source>{when} · edited {edited}</source>
            <translation>{when} · แก้ไขเมื่อ {edited}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Edit</source>
            <translation>แก้ไข</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Change this note</source>
            <translation>เปลี่ยนบันทึกนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="639" />
            <source>Move this note to the Trash (Ctrl+Z undoes)</source>
            <translation>ย้ายบันทึกนี้ไปที่ถังขยะ (Ctrl+Z เพื่อเลิกทำ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="640" />
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="667" />
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="669" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="720" />
            <source>Activities</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="721" />
            <source>History</source>
            <translation>ประวัติ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="723" />
            <source>Deals</source>
            <translation>ดีล</translation>
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
                <numerusform>การแจ้งเตือน %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="138" />
            <source>Cardfile reminder</source>
            <translation>การแจ้งเตือนจาก Cardfile</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="162" />
            <source>Reminders</source>
            <translation>การแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Subject</source>
            <translation>หัวเรื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>When</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Alarm</source>
            <translation>การแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="182" />
            <source>&amp;Open</source>
            <translation>เ&amp;ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="183" />
            <source>&amp;Clear…</source>
            <translation>ทำเครื่องหมายว่า&amp;เสร็จ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="184" />
            <source>&amp;Snooze</source>
            <translation>เตือน&amp;อีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="187" />
            <source>For {length}</source>
            <translation>อีก {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="191" />
            <source>For How Long…</source>
            <translation>นานเท่าใด…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="196" />
            <source>&amp;Reschedule…</source>
            <translation>เลื่อนนั&amp;ด…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="197" />
            <source>&amp;Dismiss</source>
            <translation>ปิดการแ&amp;จ้งเตือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="225" />
            <source>missed, rang {when}</source>
            <translation>พลาดไป เตือนเมื่อ {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="227" />
            <source>rang {when}</source>
            <translation>เตือนเมื่อ {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>%Ln alarm(s) due</source>
            <translation>
                <numerusform>ถึงกำหนดแจ้งเตือน %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>No alarms are due.</source>
            <translation>ไม่มีการแจ้งเตือนที่ถึงกำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Snooze</source>
            <translation>เตือนอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Ring again in how many minutes?</source>
            <translation>เตือนอีกครั้งในอีกกี่นาที</translation>
        </message>
    </context>
    <context>
        <name>RepeatRule</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="159" />
            <location filename="../../src/cardfile/ui/problems.py" line="325" />
            <source>“{value}” is not a time zone.</source>
            <translation>“{value}” ไม่ใช่เขตเวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="160" />
            <source>The repeat rule's part “{value}” is not written as NAME=VALUE.</source>
            <translation>ส่วน “{value}” ของกฎการทำซ้ำไม่ได้เขียนในรูป NAME=VALUE</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="161" />
            <source>{part} is not part of a repeat rule (RFC 5545).</source>
            <translation>{part} ไม่ใช่ส่วนหนึ่งของกฎการทำซ้ำ (RFC 5545)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="162" />
            <source>The repeat rule gives {part} twice.</source>
            <translation>กฎการทำซ้ำระบุ {part} ซ้ำสองครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="163" />
            <source>The repeat rule does not say how often it repeats (FREQ).</source>
            <translation>กฎการทำซ้ำไม่ได้ระบุความถี่ (FREQ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="164" />
            <source>{part}={value}: Cardfile repeats activities daily, weekly, monthly or yearly.</source>
            <translation>{part}={value}: Cardfile ทำซ้ำกิจกรรมได้เป็นรายวัน รายสัปดาห์ รายเดือน หรือรายปีเท่านั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="167" />
            <source>The repeat rule ends both after a number of times (COUNT) and on a date (UNTIL); it can do only one.</source>
            <translation>กฎการทำซ้ำระบุให้สิ้นสุดทั้งตามจำนวนครั้ง (COUNT) และตามวันที่ (UNTIL) ซึ่งระบุได้เพียงอย่างเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="170" />
            <source>{part}={value}: the number of times is a whole number above 0.</source>
            <translation>{part}={value}: จำนวนครั้งต้องเป็นจำนวนเต็มที่มากกว่า 0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="173" />
            <source>{part}={value}: a series repeats every 1 to 1000 days, weeks, months or years.</source>
            <translation>{part}={value}: ชุดกิจกรรมทำซ้ำได้ทุก 1 ถึง 1000 วัน สัปดาห์ เดือน หรือปี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="176" />
            <source>“{value}” is not a repeat rule Cardfile can read (RFC 5545).</source>
            <translation>“{value}” ไม่ใช่กฎการทำซ้ำที่ Cardfile อ่านได้ (RFC 5545)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="177" />
            <source>{part}={value}: the rule's months never have these days, so it never happens.</source>
            <translation>{part}={value}: เดือนในกฎนี้ไม่มีวันเหล่านี้ จึงไม่เกิดขึ้นเลย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="180" />
            <source>{part}={value} is not a date (20250331) or a time (20250331T235959Z).</source>
            <translation>{part}={value} ไม่ใช่วันที่ (20250331) หรือเวลา (20250331T235959Z)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="183" />
            <source>Choose the weekdays from Monday to Sunday.</source>
            <translation>โปรดเลือกวันในสัปดาห์ตั้งแต่วันจันทร์ถึงวันอาทิตย์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="184" />
            <source>The week of the month is the first to the fourth, or the last.</source>
            <translation>สัปดาห์ของเดือนคือสัปดาห์แรกถึงสัปดาห์ที่สี่ หรือสัปดาห์สุดท้าย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="185" />
            <source>Say after how many times the series ends.</source>
            <translation>โปรดระบุว่าชุดกิจกรรมสิ้นสุดหลังจากกี่ครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="186" />
            <source>Say on which date the series ends.</source>
            <translation>โปรดระบุวันที่ชุดกิจกรรมสิ้นสุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="187" />
            <source>The series would end before it starts.</source>
            <translation>ชุดกิจกรรมจะสิ้นสุดก่อนเริ่มต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="200" />
            <source>Cardfile cannot use this repeat rule: {rule}</source>
            <translation>Cardfile ใช้กฎการทำซ้ำนี้ไม่ได้: {rule}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="56" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Pipeline</source>
            <translation>ไปป์ไลน์การขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="57" />
            <source>Forecast by month</source>
            <translation>การคาดการณ์ยอดขายรายเดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="58" />
            <source>Forecast by quarter</source>
            <translation>การคาดการณ์ยอดขายรายไตรมาส</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="59" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Contact list</source>
            <translation>รายชื่อผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="60" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Activities</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="61" />
            <source>By stage</source>
            <translation>ตามขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="62" />
            <source>Deals</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="63" />
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="64" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="203" />
            <source>By month</source>
            <translation>รายเดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="65" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="204" />
            <source>By quarter</source>
            <translation>รายไตรมาส</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="66" />
            <source>In {currency}</source>
            <translation>เป็น {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="67" />
            <source>Stage</source>
            <translation>ขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="68" />
            <source>Currency</source>
            <translation>สกุลเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="69" />
            <source>Total</source>
            <translation>ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="70" />
            <source>Weighted</source>
            <translation>ถ่วงน้ำหนัก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="71" />
            <source>Deal</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="72" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="73" />
            <source>Amount</source>
            <translation>มูลค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="74" />
            <source>Probability</source>
            <translation>โอกาสสำเร็จ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="75" />
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="76" />
            <source>Owner</source>
            <translation>เจ้าของ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="77" />
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="78" />
            <source>Quarter</source>
            <translation>ไตรมาส</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="79" />
            <source>Open deals</source>
            <translation>ดีลที่เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="80" />
            <source>Won deals</source>
            <translation>ดีลที่ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="81" />
            <source>Won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="82" />
            <source>Everyone</source>
            <translation>ทุกคน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="83" />
            <source>All</source>
            <translation>ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="84" />
            <source>No close date</source>
            <translation>ไม่มีวันที่ปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="85" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="86" />
            <source>Title</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="87" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="88" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="89" />
            <source>Town</source>
            <translation>เมือง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="90" />
            <source>When</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="91" />
            <source>Type</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="92" />
            <source>Subject</source>
            <translation>หัวเรื่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="93" />
            <source>With</source>
            <translation>ร่วมกับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="94" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="95" />
            <source>Expected close</source>
            <translation>วันที่คาดว่าจะปิด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="96" />
            <source>Added</source>
            <translation>เพิ่มเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="97" />
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="98" />
            <source>none needed</source>
            <translation>ไม่จำเป็น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="99" />
            <source>Totals in {currency} are converted at exchange rates you entered: {rates}.</source>
            <translation>ยอดรวมเป็น {currency} แปลงตามอัตราแลกเปลี่ยนที่คุณป้อนไว้: {rates}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="102" />
            <source>Times are in {zone}; a repeating activity has a line per occurrence.</source>
            <translation>เวลาเป็นเวลาของ {zone} กิจกรรมที่เกิดซ้ำแสดงหนึ่งบรรทัดต่อหนึ่งครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="105" />
            <source>! after a close date: the deal is open and its expected close date has passed.</source>
            <translation>! หลังวันที่คาดว่าจะปิด: ดีลยังเปิดอยู่และเลยวันที่คาดว่าจะปิดแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="108" />
            <source>! after a status: the activity is overdue (its time has passed and it is not cleared).</source>
            <translation>! หลังสถานะ: กิจกรรมเลยกำหนด (เลยเวลาแล้วและยังไม่ได้บันทึกผล)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="112" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won.</source>
            <translation>ดีลที่เปิดอยู่นับในช่วงของวันที่คาดว่าจะปิด ถ่วงน้ำหนักตามโอกาสสำเร็จ ส่วนดีลที่ปิดการขายได้นับในช่วงที่ปิดได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="130" />
            <source>scheduled</source>
            <translation>นัดหมายแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="133" />
            <source>Total: {count}</source>
            <translation>ทั้งหมด: {count}</translation>
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
            <translation>สร้างเมื่อ {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="64" />
            <source>Page {page} of {pages}</source>
            <translation>หน้า {page} จาก {pages}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="65" />
            <source>Nothing to show.</source>
            <translation>ไม่มีข้อมูลที่จะแสดง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="66" />
            <source>This computer has no font for {scripts}: those characters are shown as boxes. Install a font for them (for example from the Noto family) and make the report again.</source>
            <translation>คอมพิวเตอร์เครื่องนี้ไม่มีฟอนต์สำหรับ {scripts} อักขระเหล่านั้นจึงแสดงเป็นกล่อง โปรดติดตั้งฟอนต์สำหรับอักขระเหล่านั้น (เช่น จากตระกูล Noto) แล้วสร้างรายงานอีกครั้ง</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="137" />
            <source>… and %Ln more row(s): printing, the PDF and the CSV have them all.</source>
            <translation>
                <numerusform>… และอีก %Ln แถว: การพิมพ์ PDF และ CSV มีข้อมูลครบทุกแถว</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="172" />
            <source>Reports</source>
            <translation>รายงาน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Forecast</source>
            <translation>การคาดการณ์ยอดขาย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="193" />
            <source>Anyone</source>
            <translation>ใครก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="198" />
            <source>All pipelines</source>
            <translation>ไปป์ไลน์การขายทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="207" />
            <source>Each currency apart</source>
            <translation>แยกแต่ละสกุลเงิน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="209" />
            <source>Also all in {currency}</source>
            <translation>รวมทั้งหมดใน {currency} ด้วย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="212" />
            <source>Any type</source>
            <translation>ประเภทใดก็ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="217" />
            <source>Scheduled and cleared</source>
            <translation>นัดหมายแล้วและเสร็จแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="218" />
            <source>Scheduled</source>
            <translation>นัดหมายแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="219" />
            <source>Done</source>
            <translation>เสร็จแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="220" />
            <source>Cancelled</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="229" />
            <source>&amp;Owner:</source>
            <translation>เ&amp;จ้าของ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="230" />
            <source>&amp;Pipeline:</source>
            <translation>&amp;ไปป์ไลน์การขาย:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="231" />
            <source>Periods:</source>
            <translation>ช่วงเวลา:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="232" />
            <source>&amp;Currencies:</source>
            <translation>&amp;สกุลเงิน:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="233" />
            <source>&amp;Type:</source>
            <translation>&amp;ประเภท:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="234" />
            <source>&amp;Status:</source>
            <translation>ส&amp;ถานะ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="243" />
            <source>&amp;Print…</source>
            <translation>&amp;พิมพ์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="244" />
            <source>Save as P&amp;DF…</source>
            <translation>บันทึกเป็น P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="245" />
            <source>Export &amp;CSV…</source>
            <translation>ส่งออก &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="295" />
            <source>&amp;Added:</source>
            <translation>&amp;เพิ่มเมื่อ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="296" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="297" />
            <source>&amp;Expected close:</source>
            <translation>วันที่&amp;คาดว่าจะปิด:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="298" />
            <source>&amp;Dates:</source>
            <translation>&amp;วันที่:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="344" />
            <source>The dates end before they start.</source>
            <translation>วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="346" />
            <source>Making the report…</source>
            <translation>กำลังสร้างรายงาน…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="367" />
            <source>{title}: %Ln row(s).</source>
            <translation>
                <numerusform>{title}: %Ln แถว</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>Save as PDF</source>
            <translation>บันทึกเป็น PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>PDF documents (*.pdf)</source>
            <translation>เอกสาร PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="438" />
            <source>Making the PDF… (a long report takes a while; you can go on working)</source>
            <translation>กำลังสร้าง PDF… (รายงานขนาดยาวจะใช้เวลาสักครู่ คุณทำงานต่อได้)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="442" />
            <source>Saving {title} as PDF</source>
            <translation>กำลังบันทึก {title} เป็น PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="454" />
            <source>Saved {path}.</source>
            <translation>บันทึก {path} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="456" />
            <source>No font on this computer has {scripts}: those letters show as boxes.</source>
            <translation>ไม่มีฟอนต์ในคอมพิวเตอร์เครื่องนี้ที่รองรับ {scripts} ตัวอักษรเหล่านั้นจึงแสดงเป็นกล่อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="470" />
            <source>Could not write the PDF {path}: {problem}</source>
            <translation>ไม่สามารถเขียน PDF {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>Export as CSV</source>
            <translation>ส่งออกเป็น CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>CSV files (*.csv)</source>
            <translation>ไฟล์ CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="494" />
            <source>Could not write the CSV {path}: {problem}</source>
            <translation>ไม่สามารถเขียน CSV {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="500" />
            <source>Exported {path}.</source>
            <translation>ส่งออก {path} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="276" />
            <source>Reschedule Activity</source>
            <translation>เลื่อนนัดกิจกรรม</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="278" />
            <source>Reschedule %Ln Activities</source>
            <translation>
                <numerusform>เลื่อนนัดกิจกรรม %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>It keeps its length.</source>
            <translation>กิจกรรมจะคงระยะเวลาเดิมไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>Each keeps its time of day and length.</source>
            <translation>แต่ละกิจกรรมจะคงเวลาของวันและระยะเวลาเดิมไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="305" />
            <source>&amp;Move to:</source>
            <translation>&amp;ย้ายไปที่:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="307" />
            <source>Move</source>
            <translation>ย้าย</translation>
        </message>
    </context>
    <context>
        <name>Result</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="816" />
            <source>completed</source>
            <translation>เสร็จสมบูรณ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="817" />
            <source>left a message</source>
            <translation>ฝากข้อความไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="818" />
            <source>no answer</source>
            <translation>ไม่มีผู้รับสาย</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Edit Activity</source>
            <translation>แก้ไขกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Schedule Activity</source>
            <translation>นัดหมายกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="103" />
            <source>Schedule one activity with each person (as one step to undo)</source>
            <translation>นัดหมายกิจกรรมหนึ่งรายการกับแต่ละคน (เป็นขั้นตอนเดียวที่เลิกทำได้)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="109" />
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="154" />
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="115" />
            <source>Skip This Occurrence</source>
            <translation>ข้ามครั้งนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="119" />
            <source>Leave this one occurrence out; the series goes on (Ctrl+Z brings it back)</source>
            <translation>เว้นครั้งนี้ไว้ ชุดกิจกรรมจะดำเนินต่อไป (Ctrl+Z เพื่อนำกลับมา)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="124" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation>Ctrl+S บันทึก · Esc ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="157" />
            <source>Save again to schedule it anyway.</source>
            <translation>บันทึกอีกครั้งเพื่อนัดหมายต่อไป</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="158" />
            <source>Save Anyway</source>
            <translation>บันทึกต่อไป</translation>
        </message>
    </context>
    <context>
        <name>Script</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Greek</source>
            <translation>อักษรกรีก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <source>Cyrillic</source>
            <translation>อักษรซีริลลิก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Armenian</source>
            <translation>อักษรอาร์เมเนีย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Hebrew</source>
            <translation>อักษรฮีบรู</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Arabic</source>
            <translation>อักษรอาหรับ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Devanagari</source>
            <translation>อักษรเทวนาครี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Bengali</source>
            <translation>อักษรเบงกาลี</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Tamil</source>
            <translation>อักษรทมิฬ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Thai</source>
            <translation>อักษรไทย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Lao</source>
            <translation>อักษรลาว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Georgian</source>
            <translation>อักษรจอร์เจีย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Hangul (Korean)</source>
            <translation>อักษรฮันกึล (เกาหลี)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Ethiopic</source>
            <translation>อักษรเอธิโอเปีย</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Japanese kana</source>
            <translation>อักษรคะนะญี่ปุ่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Bopomofo</source>
            <translation>อักษรจู้อิน (ปอพอมอฟอ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Chinese characters (kanji, hanja)</source>
            <translation>อักษรจีน (คันจิ ฮันจา)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>emoji</source>
            <translation>อีโมจิ</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="90" />
            <source>Show all %Ln contacts</source>
            <translation>
                <numerusform>แสดงผู้ติดต่อทั้งหมด %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="91" />
            <source>Show all %Ln companies</source>
            <translation>
                <numerusform>แสดงบริษัททั้งหมด %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="92" />
            <source>Show all %Ln activities</source>
            <translation>
                <numerusform>แสดงกิจกรรมทั้งหมด %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="93" />
            <source>Show all %Ln notes</source>
            <translation>
                <numerusform>แสดงบันทึกทั้งหมด %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="94" />
            <source>Show all %Ln deals</source>
            <translation>
                <numerusform>แสดงดีลทั้งหมด %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="96" />
            <source>Show all %Ln</source>
            <translation>
                <numerusform>แสดงทั้งหมด %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="103" />
            <source>{field} ({label})</source>
            <translation>{field} ({label})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="109" />
            <source>scheduled</source>
            <translation>นัดหมายแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="110" />
            <source>done</source>
            <translation>เสร็จแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="111" />
            <source>cancelled</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="112" />
            <source>skipped</source>
            <translation>ข้ามแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="113" />
            <source>open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="114" />
            <source>won</source>
            <translation>ปิดการขายได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="115" />
            <source>lost</source>
            <translation>ปิดการขายไม่ได้</translation>
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
                <numerusform>{names} และอีก %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="211" />
            <source>No matches for “{query}”</source>
            <translation>ไม่พบรายการที่ตรงกับ “{query}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="469" />
            <location filename="../../src/cardfile/ui/search.py" line="487" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
            <translation>ค้นหาผู้ติดต่อ บริษัท ดีล … (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="491" />
            <source>Preparing search … {percent}%</source>
            <translation>กำลังเตรียมการค้นหา… {percent}%</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="493" />
            <source>Search is being prepared after the first sync ({percent}% done). You can search meanwhile: every record is found, only more slowly.</source>
            <translation>กำลังเตรียมการค้นหาหลังการซิงค์ครั้งแรก (เสร็จแล้ว {percent}%) ระหว่างนี้คุณยังค้นหาได้ ระบบจะพบทุกระเบียน เพียงแต่ช้ากว่าปกติ</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="67" />
            <source>Settings</source>
            <translation>การตั้งค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="79" />
            <source>Given name first — Anna Berg</source>
            <translation>ชื่อขึ้นก่อน — Anna Berg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="80" />
            <source>Family name first — Berg Anna</source>
            <translation>นามสกุลขึ้นก่อน — Berg Anna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="82" />
            <source>Names</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="83" />
            <source>Show &amp;names:</source>
            <translation>แสดง&amp;ชื่อ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="84" />
            <source>Chinese, Japanese and Korean names are always written family name first.</source>
            <translation>ชื่อภาษาจีน ญี่ปุ่น และเกาหลีจะเขียนนามสกุลขึ้นก่อนเสมอ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="88" />
            <source>None — numbers need their + country code</source>
            <translation>ไม่มี — หมายเลขต้องมี + และรหัสประเทศ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="93" />
            <source>Phone numbers</source>
            <translation>หมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="94" />
            <source>Default &amp;country:</source>
            <translation>&amp;ประเทศเริ่มต้น:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="97" />
            <source>Phone numbers typed without a + are read as numbers of this country, so a search finds them whichever way they were written.</source>
            <translation>หมายเลขโทรศัพท์ที่พิมพ์โดยไม่มี + จะถือเป็นหมายเลขของประเทศนี้ การค้นหาจึงพบหมายเลขเหล่านั้นไม่ว่าจะเขียนในรูปแบบใด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Show &amp;dates as:</source>
            <translation>แสดง&amp;วันที่เป็น:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="117" />
            <source>Start</source>
            <translation>เริ่มต้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="118" />
            <source>&amp;Open Cardfile on:</source>
            <translation>&amp;เปิด Cardfile ที่:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="119" />
            <source>The page the window shows when Cardfile starts: the Dashboard, say.</source>
            <translation>หน้าที่หน้าต่างแสดงเมื่อ Cardfile เริ่มทำงาน เช่น แดชบอร์ด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="123" />
            <source>System default</source>
            <translation>ค่าเริ่มต้นของระบบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="129" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="130" />
            <source>&amp;Language:</source>
            <translation>&amp;ภาษา:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="133" />
            <source>Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. Cardfile speaks a newly chosen language after it is restarted.</source>
            <translation>เมนู ข้อความ วันที่ เวลา ตัวเลข และจำนวนเงินจะเป็นไปตามภาษาที่เลือกที่นี่ Cardfile จะใช้ภาษาที่เลือกใหม่หลังจากเริ่มโปรแกรมใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="139" />
            <source>S&amp;ync Settings…</source>
            <translation>การตั้งค่าการ&amp;ซิงค์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="143" />
            <source>Sync</source>
            <translation>ซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="144" />
            <source>The sync server, your sign-in and automatic sync have a page of their own.</source>
            <translation>เซิร์ฟเวอร์ซิงค์ การลงชื่อเข้าใช้ และการซิงค์อัตโนมัติมีหน้าการตั้งค่าแยกต่างหาก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="156" />
            <source>As the system shows them — {example}</source>
            <translation>ตามที่ระบบแสดง — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="157" />
            <source>ISO 8601 — {example}</source>
            <translation>ISO 8601 — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="158" />
            <source>Written out — {example}</source>
            <translation>แบบเต็ม — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="175" />
            <source>The language could not be saved. {problem}</source>
            <translation>บันทึกภาษาไม่ได้ {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="184" />
            <source>Rewriting names</source>
            <translation>กำลังเขียนชื่อใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="186" />
            <source>Rebuilding the search index</source>
            <translation>กำลังสร้างดัชนีการค้นหาใหม่</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="63" />
            <source>{record} — made private by its owner; your change was not kept</source>
            <translation>{record} — เจ้าของตั้งเป็นส่วนตัวแล้ว การเปลี่ยนแปลงของคุณจึงไม่ถูกบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="65" />
            <source>{record} — only an administrator may give it to another user</source>
            <translation>{record} — เฉพาะผู้ดูแลระบบเท่านั้นที่โอนให้ผู้ใช้อื่นได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="67" />
            <source>{record} — only an administrator may take it from {owner}</source>
            <translation>{record} — เฉพาะผู้ดูแลระบบเท่านั้นที่รับโอนจาก {owner} ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="69" />
            <source>{record} — only an administrator may take it from its owner</source>
            <translation>{record} — เฉพาะผู้ดูแลระบบเท่านั้นที่รับโอนจากเจ้าของได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="71" />
            <source>{record} — only its owner may make it private or public</source>
            <translation>{record} — เฉพาะเจ้าของเท่านั้นที่ตั้งเป็นส่วนตัวหรือสาธารณะได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>{record} — only {owner} or an administrator may erase it</source>
            <translation>{record} — เฉพาะ {owner} หรือผู้ดูแลระบบเท่านั้นที่ลบถาวรได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>{record} — only its owner or an administrator may erase it</source>
            <translation>{record} — เฉพาะเจ้าของหรือผู้ดูแลระบบเท่านั้นที่ลบถาวรได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="77" />
            <source>{record}, {field} — the server cannot keep this value</source>
            <translation>{record}, {field} — เซิร์ฟเวอร์เก็บค่านี้ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="79" />
            <source>{record} — the server cannot keep one of its values</source>
            <translation>{record} — เซิร์ฟเวอร์เก็บค่าหนึ่งของรายการนี้ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="81" />
            <source>{record}, {field} — too large to sync; it stays on this device only</source>
            <translation>{record}, {field} — ใหญ่เกินกว่าจะซิงค์ได้ จะอยู่บนอุปกรณ์นี้เท่านั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="85" />
            <source>{record} — a value too large to sync; it stays on this device only</source>
            <translation>{record} — มีค่าที่ใหญ่เกินกว่าจะซิงค์ได้ ค่านั้นจะอยู่บนอุปกรณ์นี้เท่านั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="86" />
            <source>{record} — the server did not keep your change</source>
            <translation>{record} — เซิร์ฟเวอร์ไม่ได้เก็บการเปลี่ยนแปลงของคุณ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="92" />
            <source>“{name}”</source>
            <comment>a record's name in a sentence</comment>
            <translation>“{name}”</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="94" />
            <source>a contact</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="95" />
            <source>a company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>a deal</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="97" />
            <source>an activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="98" />
            <source>a note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="100" />
            <source>a record</source>
            <translation>รายการ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="108" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>การเปลี่ยนแปลงรอส่ง %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="112" />
            <source>%Ln conflict(s)</source>
            <translation>
                <numerusform>ความขัดแย้ง %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="118" />
            <source>Syncing…</source>
            <translation>กำลังซิงค์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="120" />
            <source>Sync: checking…</source>
            <translation>ซิงค์: กำลังตรวจสอบ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="122" />
            <source>Not set up</source>
            <translation>ยังไม่ได้ตั้งค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline — {waiting}</source>
            <translation>ออฟไลน์ — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline</source>
            <translation>ออฟไลน์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in — {waiting}</source>
            <translation>ยังไม่ได้ลงชื่อเข้าใช้ — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in</source>
            <translation>ยังไม่ได้ลงชื่อเข้าใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed — {waiting}</source>
            <translation>การซิงค์ล้มเหลว — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed</source>
            <translation>การซิงค์ล้มเหลว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet · {waiting}</source>
            <translation>ยังไม่ได้ซิงค์ · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet</source>
            <translation>ยังไม่ได้ซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="134" />
            <source>Synced {when} · {waiting}</source>
            <translation>ซิงค์แล้ว {when} · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="135" />
            <source>Synced {when}</source>
            <translation>ซิงค์แล้ว {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="141" />
            <source>Reading the sync state…</source>
            <translation>กำลังอ่านสถานะการซิงค์…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="143" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation>ฐานข้อมูลนี้ไม่ได้ซิงค์กับเซิร์ฟเวอร์ ตั้งค่าได้ที่ ซิงค์ ▸ การตั้งค่าการซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="144" />
            <source>Syncs with {server} as {user}.</source>
            <translation>ซิงค์กับ {server} ในชื่อ {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="146" />
            <source>Last synced {when}.</source>
            <translation>ซิงค์ล่าสุด {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="148" />
            <source>Syncs by itself every %Ln minute(s).</source>
            <translation>
                <numerusform>ซิงค์อัตโนมัติทุก %Ln นาที</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="150" />
            <source>{waiting} to be sent.</source>
            <translation>มี{waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Sending changes: {count}</source>
            <translation>กำลังส่งการเปลี่ยนแปลง: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Receiving changes: {count}</source>
            <translation>กำลังรับการเปลี่ยนแปลง: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="258" />
            <source>Syncing</source>
            <translation>กำลังซิงค์</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="271" />
            <source>Synced, but the server overruled %Ln change(s): {reason}. The value it holds is back.</source>
            <translation>
                <numerusform>ซิงค์แล้ว แต่เซิร์ฟเวอร์ปฏิเสธการเปลี่ยนแปลง %Ln รายการ: {reason} ค่าที่เซิร์ฟเวอร์เก็บไว้ถูกนำกลับมาแล้ว</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="279" />
            <source>Synced: %Ln change(s) sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation>
                <numerusform>ซิงค์แล้ว: ส่งการเปลี่ยนแปลง %Ln รายการ รับ {received} รายการ มี{conflicts}ที่ต้องตรวจสอบใน ซิงค์ ▸ ความขัดแย้ง</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="287" />
            <source>Synced: %Ln change(s) sent, {received} received.</source>
            <translation>
                <numerusform>ซิงค์แล้ว: ส่งการเปลี่ยนแปลง %Ln รายการ รับ {received} รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="332" />
            <source>Sync</source>
            <translation>ซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="352" />
            <source>Signing in</source>
            <translation>กำลังลงชื่อเข้าใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="356" />
            <source>Signing out</source>
            <translation>กำลังออกจากระบบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Using the other values</source>
            <translation>กำลังใช้ค่าอื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Keeping values</source>
            <translation>กำลังเก็บค่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="410" />
            <source>Values sync could not merge: review them (Sync ▸ Conflicts)</source>
            <translation>ค่าที่การซิงค์รวมไม่ได้: โปรดตรวจสอบ (ซิงค์ ▸ ความขัดแย้ง)</translation>
        </message>
    </context>
    <context>
        <name>SyncReason</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="30" />
            <source>wrong user name or password</source>
            <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="31" />
            <source>this computer's sign-in was revoked or has expired; sign in again</source>
            <translation>การลงชื่อเข้าใช้ของคอมพิวเตอร์เครื่องนี้ถูกเพิกถอนหรือหมดอายุแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="32" />
            <source>this computer is not signed in yet</source>
            <translation>คอมพิวเตอร์เครื่องนี้ยังไม่ได้ลงชื่อเข้าใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="33" />
            <source>what this computer sent is more than the server takes at once</source>
            <translation>คอมพิวเตอร์เครื่องนี้ส่งข้อมูลมากกว่าที่เซิร์ฟเวอร์รับได้ในครั้งเดียว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="34" />
            <source>the server and this version of Cardfile speak different versions of the sync protocol; update the older one</source>
            <translation>เซิร์ฟเวอร์และ Cardfile รุ่นนี้ใช้โพรโทคอลการซิงค์คนละรุ่น โปรดอัปเดตฝั่งที่เก่ากว่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="38" />
            <source>the server ran into an error of its own; nothing was changed, try again later</source>
            <translation>เซิร์ฟเวอร์เกิดข้อผิดพลาดภายใน ไม่มีสิ่งใดเปลี่ยนแปลง โปรดลองอีกครั้งภายหลัง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="39" />
            <source>the server could not take what this computer sent; nothing was changed</source>
            <translation>เซิร์ฟเวอร์รับสิ่งที่คอมพิวเตอร์เครื่องนี้ส่งไม่ได้ ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="40" />
            <source>the server expected this computer's changes in another order; they are sent again</source>
            <translation>เซิร์ฟเวอร์คาดว่าจะได้รับการเปลี่ยนแปลงจากคอมพิวเตอร์เครื่องนี้ในลำดับอื่น จะส่งอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="41" />
            <source>nothing answers at that address (is the server running?)</source>
            <translation>ไม่มีสิ่งใดตอบกลับที่ที่อยู่นั้น (เซิร์ฟเวอร์ทำงานอยู่หรือไม่)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="42" />
            <source>it did not answer in time</source>
            <translation>ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="43" />
            <source>the server's name is not known on this network</source>
            <translation>ไม่รู้จักชื่อเซิร์ฟเวอร์ในเครือข่ายนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="44" />
            <source>the secure connection failed</source>
            <translation>การเชื่อมต่อแบบปลอดภัยล้มเหลว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="45" />
            <source>the network connection failed</source>
            <translation>การเชื่อมต่อเครือข่ายล้มเหลว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="46" />
            <source>the connection dropped before the answer came through</source>
            <translation>การเชื่อมต่อขาดก่อนได้รับคำตอบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="47" />
            <source>its answer is not a sync server's answer</source>
            <translation>คำตอบไม่ใช่คำตอบของเซิร์ฟเวอร์ซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="48" />
            <source>its answer does not follow the sync protocol</source>
            <translation>คำตอบไม่เป็นไปตามโพรโทคอลการซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="49" />
            <source>a password is needed the first time</source>
            <translation>ต้องใช้รหัสผ่านในครั้งแรก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="50" />
            <source>this database is a restored backup or a copy of another; it syncs on as a new device</source>
            <translation>ฐานข้อมูลนี้เป็นข้อมูลสำรองที่กู้คืนมาหรือสำเนาของฐานข้อมูลอื่น จะซิงค์ต่อในฐานะอุปกรณ์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="55" />
            <source>the user {account} is disabled on this server</source>
            <translation>ผู้ใช้ {account} ถูกปิดใช้งานบนเซิร์ฟเวอร์นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="57" />
            <source>this user is disabled on this server</source>
            <translation>ผู้ใช้นี้ถูกปิดใช้งานบนเซิร์ฟเวอร์นี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="59" />
            <source>this database already syncs as {account}; sign in as {account} or use another database</source>
            <translation>ฐานข้อมูลนี้ซิงค์ในชื่อ {account} อยู่แล้ว โปรดลงชื่อเข้าใช้เป็น {account} หรือใช้ฐานข้อมูลอื่น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="65" />
            <source>too many failed sign-ins; try again in {wait}</source>
            <translation>ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป โปรดลองอีกครั้งในอีก {wait}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="66" />
            <source>too many failed sign-ins; try again later</source>
            <translation>ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป โปรดลองอีกครั้งภายหลัง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="70" />
            <source>this computer's clock is {ahead} ahead of the server's: set its date and time right; the changes made meanwhile wait on this computer</source>
            <translation>นาฬิกาของคอมพิวเตอร์เครื่องนี้เร็วกว่าเซิร์ฟเวอร์ {ahead} โปรดตั้งวันที่และเวลาให้ถูกต้อง การเปลี่ยนแปลงที่ทำไว้ระหว่างนี้รออยู่ในคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="74" />
            <source>this computer's clock is ahead of the server's: set its date and time right</source>
            <translation>นาฬิกาของคอมพิวเตอร์เครื่องนี้เร็วกว่าเซิร์ฟเวอร์ โปรดตั้งวันที่และเวลาให้ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="77" />
            <source>it answered with HTTP status {status}</source>
            <translation>ตอบกลับด้วยสถานะ HTTP {status}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="78" />
            <source>it gave no reason this version of Cardfile knows</source>
            <translation>ไม่ได้ให้เหตุผลที่ Cardfile รุ่นนี้รู้จัก</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="41" />
            <source>Off — only when I choose Sync Now</source>
            <translation>ปิด — ซิงค์เฉพาะเมื่อฉันเลือกซิงค์ทันที</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="43" />
            <source>Every hour</source>
            <translation>ทุกชั่วโมง</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="45" />
            <source>Every %Ln hour(s)</source>
            <translation>
                <numerusform>ทุก %Ln ชั่วโมง</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="46" />
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>ทุก %Ln นาที</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="55" />
            <source>Sync Settings</source>
            <translation>การตั้งค่าการซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="57" />
            <source>Sync keeps this database and your office's sync server in step: your changes go up, everyone else's come down. You can keep working while it runs.</source>
            <translation>การซิงค์ทำให้ฐานข้อมูลนี้และเซิร์ฟเวอร์ซิงค์ของสำนักงานตรงกัน การเปลี่ยนแปลงของคุณจะถูกส่งขึ้นไป และการเปลี่ยนแปลงของคนอื่นๆ จะถูกรับลงมา คุณทำงานต่อได้ระหว่างซิงค์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="81" />
            <source>&amp;Password:</source>
            <translation>&amp;รหัสผ่าน:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="84" />
            <source>Send my password &amp;without encryption (the address is not https://)</source>
            <translation>ส่งรหัสผ่านโดยไม่&amp;เข้ารหัส (ที่อยู่ไม่ใช่ https://)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="91" />
            <source>&amp;Sign In</source>
            <translation>&amp;ลงชื่อเข้าใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="94" />
            <source>Sign &amp;Out</source>
            <translation>&amp;ออกจากระบบ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="103" />
            <source>Server</source>
            <translation>เซิร์ฟเวอร์</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="104" />
            <source>Ser&amp;ver:</source>
            <translation>เ&amp;ซิร์ฟเวอร์:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="105" />
            <source>&amp;User name:</source>
            <translation>ชื่อ&amp;ผู้ใช้:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="123" />
            <source>Automatic sync</source>
            <translation>การซิงค์อัตโนมัติ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="124" />
            <source>Sync &amp;automatically:</source>
            <translation>ซิงค์อัตโนมั&amp;ติ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="125" />
            <source>Sync Now (F9, or in the Sync menu) syncs whenever you choose.</source>
            <translation>ซิงค์ทันที (F9 หรือในเมนูซิงค์) จะซิงค์ทุกเมื่อที่คุณเลือก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="127" />
            <source>Sync &amp;Now</source>
            <translation>ซิงค์&amp;ทันที</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="159" />
            <source>Signed in as {user}.</source>
            <translation>ลงชื่อเข้าใช้ในชื่อ {user} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="161" />
            <source>Not signed in: type the password and sign in.</source>
            <translation>ยังไม่ได้ลงชื่อเข้าใช้: พิมพ์รหัสผ่านแล้วลงชื่อเข้าใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="163" />
            <source>Not set up: give the server and your user name, then sign in.</source>
            <translation>ยังไม่ได้ตั้งค่า: ระบุเซิร์ฟเวอร์และชื่อผู้ใช้ของคุณ แล้วลงชื่อเข้าใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="210" />
            <source>Signing in to {server}…</source>
            <translation>กำลังลงชื่อเข้าใช้ {server}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="222" />
            <source>Signed in. Sync Now brings this database and the server together.</source>
            <translation>ลงชื่อเข้าใช้แล้ว ซิงค์ทันทีจะทำให้ฐานข้อมูลนี้และเซิร์ฟเวอร์ตรงกัน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="224" />
            <source>Signed in for this session only: without a keyring Cardfile asks again after a restart.</source>
            <translation>ลงชื่อเข้าใช้เฉพาะเซสชันนี้: เมื่อไม่มีที่เก็บรหัสผ่าน (keyring) Cardfile จะถามอีกครั้งหลังจากเริ่มโปรแกรมใหม่</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="230" />
            <source>Signed out. Changes made here wait until you sign in.</source>
            <translation>ออกจากระบบแล้ว การเปลี่ยนแปลงที่ทำที่นี่จะรอจนกว่าคุณจะลงชื่อเข้าใช้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="239" />
            <location filename="../../src/cardfile/ui/sync/settings.py" line="243" />
            <source>Syncing…</source>
            <translation>กำลังซิงค์…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="249" />
            <source>Synced: %Ln change(s) sent and {received} received.</source>
            <translation>
                <numerusform>ซิงค์แล้ว: ส่งการเปลี่ยนแปลง %Ln รายการ และรับ {received} รายการ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="735" />
            <source>Remove the tag “{tag}”</source>
            <translation>นำแท็ก “{tag}” ออก</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="92" />
            <source>Tag</source>
            <translation>แท็ก</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="760" />
            <source>Add a tag…</source>
            <translation>เพิ่มแท็ก…</translation>
        </message>
    </context>
    <context>
        <name>TaskIndicator</name>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="298" />
            <source>Stop</source>
            <translation>หยุด</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="299" />
            <source>Stop this task</source>
            <translation>หยุดงานนี้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="344" />
            <source>{title} (and {count} more)</source>
            <translation>{title} (และอีก {count} งาน)</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="33" />
            <source>Contact</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="34" />
            <source>Company</source>
            <translation>บริษัท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="35" />
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="36" />
            <source>Note</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="37" />
            <source>Deal</source>
            <translation>ดีล</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="38" />
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="39" />
            <source>Saved lookup</source>
            <translation>การค้นหาแบบมีเงื่อนไขที่บันทึกไว้</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="40" />
            <source>Custom field</source>
            <translation>ฟิลด์กำหนดเอง</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>(no name)</source>
            <translation>(ไม่มีชื่อ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="52" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="53" />
            <source>Deleted</source>
            <translation>ลบเมื่อ</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="72" />
            <source>Trash</source>
            <translation>ถังขยะ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="73" />
            <source>The Trash is empty</source>
            <translation>ถังขยะว่างเปล่า</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="74" />
            <source>Records you delete wait here until you restore them or erase them for good.</source>
            <translation>ระเบียนที่คุณลบจะรออยู่ที่นี่จนกว่าคุณจะกู้คืนหรือลบถาวร</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="82" />
            <source>&amp;Restore</source>
            <translation>&amp;กู้คืน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="85" />
            <source>Bring the selected records back, with their links</source>
            <translation>นำระเบียนที่เลือกกลับมาพร้อมลิงก์ของระเบียนนั้น</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="88" />
            <source>&amp;Erase…</source>
            <translation>ล&amp;บถาวร…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="91" />
            <source>Erase the selected records and their history for good</source>
            <translation>ลบระเบียนที่เลือกและประวัติของระเบียนนั้นถาวร</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="93" />
            <source>Empty &amp;Trash…</source>
            <translation>ล้าง&amp;ถังขยะ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="112" />
            <source>Restore</source>
            <translation>กู้คืน</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="132" />
            <source>Erase “{name}” for good? It and its whole history leave the database; this cannot be undone.</source>
            <translation>ลบ “{name}” ถาวรหรือไม่ ระเบียนนี้และประวัติทั้งหมดจะถูกนำออกจากฐานข้อมูล และไม่สามารถเลิกทำได้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase %Ln record(s) for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation>
                <numerusform>ลบ %Ln ระเบียนถาวรหรือไม่ ระเบียนเหล่านี้และประวัติทั้งหมดจะถูกนำออกจากฐานข้อมูล และไม่สามารถเลิกทำได้</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="141" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="149" />
            <source>Erase for Good</source>
            <translation>ลบถาวร</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="158" />
            <source>Erase all %Ln record(s) in the Trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>ลบระเบียนทั้งหมด %Ln รายการในถังขยะถาวรหรือไม่ ไม่สามารถเลิกทำได้</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="159" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="164" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="171" />
            <source>Empty Trash</source>
            <translation>ล้างถังขยะ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="172" />
            <source>%Ln record(s) in the Trash belong to someone else: only their owner or an administrator of the sync server can erase them. They stay in the Trash, and anyone may restore them.</source>
            <translation>
                <numerusform>มี %Ln ระเบียนในถังขยะที่เป็นของผู้อื่น: เฉพาะเจ้าของหรือผู้ดูแลเซิร์ฟเวอร์ซิงค์เท่านั้นที่ลบถาวรได้ ระเบียนเหล่านี้จะยังอยู่ในถังขยะ และทุกคนกู้คืนได้</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="188" />
            <source>%Ln record(s) in the Trash</source>
            <translation>
                <numerusform>มี %Ln ระเบียนในถังขยะ</numerusform>
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
