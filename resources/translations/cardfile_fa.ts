<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="320" />
            <source>Undo {action}</source>
            <translation>واگرد {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="321" />
            <source>Redo {action}</source>
            <translation>ازنو {action}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="326" />
            <source>Clear %Ln activity(ies)</source>
            <translation>
                <numerusform>ثبت %Ln فعالیت به‌عنوان انجام‌شده</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>Reschedule %Ln activity(ies)</source>
            <translation>
                <numerusform>زمان‌بندی دوبارهٔ %Ln فعالیت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="328" />
            <source>Delete %Ln activity(ies)</source>
            <translation>
                <numerusform>حذف %Ln فعالیت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="337" />
            <source>Schedule an activity with each of %Ln person(s)</source>
            <translation>
                <numerusform>زمان‌بندی یک فعالیت با هر یک از %Ln نفر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="339" />
            <source>Import from {file}</source>
            <translation>درون‌ریزی از {file}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="341" />
            <source>Add contact</source>
            <translation>افزودن مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="342" />
            <source>Add contacts</source>
            <translation>افزودن مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="343" />
            <source>Edit contact</source>
            <translation>ویرایش مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="344" />
            <source>Delete contact</source>
            <translation>حذف مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="345" />
            <source>Restore contact</source>
            <translation>بازیابی مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="346" />
            <source>Tag contacts</source>
            <translation>برچسب‌زدن به مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="347" />
            <source>Delete contacts</source>
            <translation>حذف مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="348" />
            <source>Tag companies</source>
            <translation>برچسب‌زدن به شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="349" />
            <source>Delete companies</source>
            <translation>حذف شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="350" />
            <source>Add company</source>
            <translation>افزودن شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="351" />
            <source>Edit company</source>
            <translation>ویرایش شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="352" />
            <source>Delete company</source>
            <translation>حذف شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="353" />
            <source>Restore company</source>
            <translation>بازیابی شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="354" />
            <source>Schedule activity</source>
            <translation>زمان‌بندی فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="355" />
            <source>Edit activity</source>
            <translation>ویرایش فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="356" />
            <source>Clear activity</source>
            <translation>ثبت فعالیت به‌عنوان انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="357" />
            <source>Delete activity</source>
            <translation>حذف فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="358" />
            <source>Restore activity</source>
            <translation>بازیابی فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="359" />
            <source>Change one occurrence</source>
            <translation>تغییر یک رخداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="360" />
            <source>Skip one occurrence</source>
            <translation>رد کردن یک رخداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="361" />
            <source>Reschedule activity</source>
            <translation>زمان‌بندی دوبارهٔ فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="362" />
            <source>Add activity type</source>
            <translation>افزودن نوع فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="363" />
            <source>Snooze alarm</source>
            <translation>تعویق هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="364" />
            <source>Dismiss alarm</source>
            <translation>نادیده گرفتن هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="365" />
            <source>Fix the dates of timeless activities</source>
            <translation>اصلاح تاریخ فعالیت‌های بدون ساعت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="366" />
            <source>Add note</source>
            <translation>افزودن یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="367" />
            <source>Edit note</source>
            <translation>ویرایش یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="368" />
            <source>Delete note</source>
            <translation>حذف یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="369" />
            <source>Restore note</source>
            <translation>بازیابی یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="370" />
            <source>Add deal</source>
            <translation>افزودن معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="371" />
            <source>Edit deal</source>
            <translation>ویرایش معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="372" />
            <source>Move deal</source>
            <translation>جابه‌جایی معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="373" />
            <source>Close deal</source>
            <translation>بستن معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="374" />
            <source>Reopen deal</source>
            <translation>بازگشایی معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="375" />
            <source>Delete deal</source>
            <translation>حذف معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="376" />
            <source>Delete deals</source>
            <translation>حذف معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="377" />
            <source>Restore deal</source>
            <translation>بازیابی معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="378" />
            <source>Add to list</source>
            <translation>افزودن به فهرست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="379" />
            <source>Remove from list</source>
            <translation>برداشتن از فهرست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="380" />
            <source>Add pipeline</source>
            <translation>افزودن قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="381" />
            <source>Rename pipeline</source>
            <translation>تغییر نام قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="382" />
            <source>Remove pipeline</source>
            <translation>برداشتن قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="383" />
            <source>Add stage</source>
            <translation>افزودن مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="384" />
            <source>Change stage</source>
            <translation>تغییر مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="385" />
            <source>Reorder stages</source>
            <translation>تغییر ترتیب مراحل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="386" />
            <source>Remove stage</source>
            <translation>برداشتن مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="387" />
            <source>Add group</source>
            <translation>افزودن گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="388" />
            <source>Rename group</source>
            <translation>تغییر نام گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="389" />
            <source>Add to group</source>
            <translation>افزودن به گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="390" />
            <source>Remove from group</source>
            <translation>برداشتن از گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="391" />
            <source>Delete group</source>
            <translation>حذف گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="392" />
            <source>Restore group</source>
            <translation>بازیابی گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="393" />
            <source>Save lookup</source>
            <translation>ذخیرهٔ جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="394" />
            <source>Edit lookup</source>
            <translation>ویرایش جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="395" />
            <source>Delete lookup</source>
            <translation>حذف جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="396" />
            <source>Add custom field</source>
            <translation>افزودن فیلد سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="397" />
            <source>Edit custom field</source>
            <translation>ویرایش فیلد سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="398" />
            <source>Remove custom field</source>
            <translation>برداشتن فیلد سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="399" />
            <source>Restore custom field</source>
            <translation>بازیابی فیلد سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="400" />
            <source>Restore from Trash</source>
            <translation>بازیابی از سطل زباله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="401" />
            <source>Erase record</source>
            <translation>پاک کردن رکورد برای همیشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="402" />
            <source>Empty Trash</source>
            <translation>خالی کردن سطل زباله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="403" />
            <source>Merge contacts</source>
            <translation>ادغام مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="404" />
            <source>Merge companies</source>
            <translation>ادغام شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="405" />
            <source>Unmerge contacts</source>
            <translation>لغو ادغام مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="406" />
            <source>Unmerge companies</source>
            <translation>لغو ادغام شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="407" />
            <source>Mark as not duplicates</source>
            <translation>علامت‌گذاری به‌عنوان غیرتکراری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="408" />
            <source>Unmark not duplicates</source>
            <translation>برداشتن علامت غیرتکراری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="409" />
            <source>Carry over edits to merged records</source>
            <translation>انتقال ویرایش‌ها به رکوردهای ادغام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="410" />
            <source>Sync</source>
            <translation>همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="411" />
            <source>Sync (first on this device)</source>
            <translation>همگام‌سازی (نخستین بار در این دستگاه)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="412" />
            <source>Sync (sent)</source>
            <translation>همگام‌سازی (ارسال)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="413" />
            <source>Sync (received)</source>
            <translation>همگام‌سازی (دریافت)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="414" />
            <source>Sign in to sync</source>
            <translation>ورود برای همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="415" />
            <source>Rebuild names after a sync</source>
            <translation>بازسازی نام‌ها پس از همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="416" />
            <source>Take the other value</source>
            <translation>برگزیدن مقدار دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="417" />
            <source>Keep the current value</source>
            <translation>نگه‌داشتن مقدار کنونی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="418" />
            <source>Prepare search</source>
            <translation>آماده‌سازی جست‌وجو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="419" />
            <source>Rebuild the search index</source>
            <translation>بازسازی نمایهٔ جست‌وجو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="420" />
            <source>Change name order</source>
            <translation>تغییر ترتیب نام‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="421" />
            <source>Repair database</source>
            <translation>تعمیر پایگاه داده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="422" />
            <source>import</source>
            <translation>درون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="432" />
            <location filename="../../src/cardfile/ui/words.py" line="435" />
            <source>Delete {records}</source>
            <translation>حذف {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="433" />
            <location filename="../../src/cardfile/ui/words.py" line="436" />
            <source>Tag {records}</source>
            <translation>برچسب‌زدن به {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="434" />
            <source>Add {records}</source>
            <translation>افزودن {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="448" />
            <source>&amp;Undo</source>
            <translation>&amp;واگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="449" />
            <source>&amp;Undo {action}</source>
            <translation>&amp;واگرد {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="455" />
            <source>&amp;Redo</source>
            <translation>&amp;ازنو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="456" />
            <source>&amp;Redo {action}</source>
            <translation>&amp;ازنو {action}</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="279" />
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="280" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="187" />
            <source>&amp;Schedule…</source>
            <translation>&amp;زمان‌بندی…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/kind.py" line="281" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln فعالیت</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="282" />
            <source>Activities: {count}</source>
            <translation>فعالیت‌ها: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="283" />
            <source>Nothing to do here</source>
            <translation>کاری برای انجام نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="284" />
            <source>Calls, meetings and to-dos you schedule are listed here until you clear them. Schedule one with Ctrl+Shift+A from anywhere, or from a person's Activities tab.</source>
            <translation>تماس‌های تلفنی، جلسه‌ها و کارهایی که زمان‌بندی می‌کنید تا زمانی که انجام‌شده ثبت شوند اینجا فهرست می‌شوند. از هر جایی با Ctrl+Shift+A، یا از زبانهٔ فعالیت‌های یک شخص، یکی زمان‌بندی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="288" />
            <source>No activities in this view</source>
            <translation>هیچ فعالیتی در این نما نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="289" />
            <source>Select an activity to see it.</source>
            <translation>برای دیدن یک فعالیت، آن را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="290" />
            <source>Ac&amp;tivity</source>
            <translation>فعا&amp;لیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="86" />
            <source>&amp;Today</source>
            <translation>&amp;امروز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="87" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="302" />
            <source>&amp;Overdue</source>
            <translation>&amp;عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="88" />
            <source>This &amp;Week</source>
            <translation>این ه&amp;فته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="89" />
            <source>&amp;Upcoming</source>
            <translation>&amp;پیش رو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="90" />
            <source>A&amp;ll</source>
            <translation>&amp;همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="98" />
            <source>Any priority</source>
            <translation>هر اولویتی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>High</source>
            <translation>بالا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Normal</source>
            <translation>عادی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Low</source>
            <translation>پایین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="105" />
            <source>Anyone (type a name)</source>
            <translation>هر کسی (نامی بنویسید)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="121" />
            <source>T&amp;ype:</source>
            <translation>&amp;نوع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="122" />
            <source>P&amp;riority:</source>
            <translation>ا&amp;ولویت:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="123" />
            <source>O&amp;wner:</source>
            <translation>&amp;مالک:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="124" />
            <source>&amp;With:</source>
            <translation>&amp;با:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="133" />
            <source>Drop tasks on a day to move them there; they keep their time of day</source>
            <translation>کارها را روی یک روز رها کنید تا به آن روز منتقل شوند؛ ساعتشان حفظ می‌شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="136" />
            <source>Drag tasks onto a day to move them.</source>
            <translation>کارها را روی یک روز بکشید تا به آن منتقل شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="141" />
            <source>Birthdays and anniversaries</source>
            <translation>تاریخ‌های تولد و سالگردها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="171" />
            <source>C&amp;lear…</source>
            <translation>&amp;ثبت انجام…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="172" />
            <source>Clear the selected tasks: say how they went (Ctrl+D)</source>
            <translation>ثبت کارهای انتخاب‌شده به‌عنوان انجام‌شده: بگویید چگونه پیش رفت (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="174" />
            <source>&amp;Reschedule…</source>
            <translation>زمان‌بندی &amp;دوباره…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="176" />
            <source>Move the selected tasks to another day or time (Ctrl+R)</source>
            <translation>انتقال کارهای انتخاب‌شده به روز یا ساعت دیگر (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="248" />
            <source>Any type</source>
            <translation>هر نوعی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="259" />
            <source>Anyone</source>
            <translation>هر کسی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="261" />
            <source>me</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="275" />
            <source>Nothing more for today</source>
            <translation>برای امروز کار دیگری نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="276" />
            <source>Nothing overdue</source>
            <translation>کار عقب‌افتاده‌ای نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="277" />
            <source>Nothing more this week</source>
            <translation>برای این هفته کار دیگری نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="278" />
            <source>Nothing coming up</source>
            <translation>کاری در پیش نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="279" />
            <source>Nothing to do</source>
            <translation>کاری برای انجام نیست</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln کار</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source> (filtered)</source>
            <translation> (فیلترشده)</translation>
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
                <numerusform>%Ln کار عقب‌افتاده</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="341" />
            <source>None in the next two weeks</source>
            <translation>هیچ موردی در دو هفتهٔ آینده نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="349" />
            <source>birthday ({age})</source>
            <translation>تاریخ تولد ({age})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="351" />
            <source>birthday</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="355" />
            <source>anniversary ({years})</source>
            <translation>سالگرد ({years})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="357" />
            <source>anniversary</source>
            <translation>سالگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="359" />
            <source>{name}
{day} · {what}</source>
            <translation>{name}
{day} – {what}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="366" />
            <source>Open {name}</source>
            <translation>باز کردن {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="404" />
            <source>Reschedule</source>
            <translation>زمان‌بندی دوباره</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="36" />
            <source>&amp;Schedule…</source>
            <translation>&amp;زمان‌بندی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="38" />
            <source>Schedule a call, meeting or to-do about this record</source>
            <translation>زمان‌بندی تماس تلفنی، جلسه یا کار دربارهٔ این رکورد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="79" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>چیزی زمان‌بندی نشده است. تماس‌های تلفنی، جلسه‌ها و کارهای مربوط به این شخص اینجا فهرست می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="87" />
            <source>Coming up</source>
            <translation>پیش رو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="94" />
            <source>overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="97" />
            <source>(no subject)</source>
            <translation>(بدون موضوع)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="102" />
            <source> · with {people}</source>
            <translation> – با {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="103" />
            <source>Clear…</source>
            <translation>انجام‌شده…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="108" />
            <source>… and %Ln more in the task list</source>
            <translation>
                <numerusform>… و %Ln مورد دیگر در فهرست کارها</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="110" />
            <source>Done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="113" />
            <source>did not take place</source>
            <translation>برگزار نشد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="123" />
            <source>… and %Ln earlier in History</source>
            <translation>
                <numerusform>… و %Ln مورد قدیمی‌تر در تاریخچه</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="159" />
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="119" />
            <source>Schedule a Follow-up</source>
            <translation>زمان‌بندی پیگیری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>Activity</source>
            <translation>فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>That activity was deleted.</source>
            <translation>آن فعالیت حذف شده است.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="57" />
            <source>no date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="65" />
            <source>{first} – {last}, all day</source>
            <translation>{first} – {last}، تمام روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="68" />
            <source>{day}, all day</source>
            <translation>{day}، تمام روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="78" />
            <source>overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>skipped</source>
            <translation>ردشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>low</source>
            <translation>پایین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>normal</source>
            <translation>عادی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>high</source>
            <translation>بالا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="99" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="125" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="101" />
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="102" />
            <source>Type</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="103" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="137" />
            <source>Priority</source>
            <translation>اولویت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="147" />
            <source>With</source>
            <translation>با</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="111" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="136" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="112" />
            <source>Owner</source>
            <translation>مالک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="127" />
            <source>Length</source>
            <translation>مدت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="131" />
            <source>In its zone</source>
            <translation>در منطقهٔ زمانی خودش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="134" />
            <source>Repeats</source>
            <translation>تکرار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="135" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="201" />
            <source>scheduled</source>
            <translation>زمان‌بندی‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="138" />
            <source>Alarm</source>
            <translation>هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>Private</source>
            <translation>خصوصی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>only you see it</source>
            <translation>فقط شما آن را می‌بینید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="141" />
            <source>Activity</source>
            <translation>فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="142" />
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="144" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="146" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="151" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>Result</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>did not take place</source>
            <translation>برگزار نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="155" />
            <source>Happened</source>
            <translation>زمان انجام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="157" />
            <source>Cleared</source>
            <translation>ثبت انجام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="158" />
            <source>Outcome</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="159" />
            <source>What came of it</source>
            <translation>حاصل کار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="160" />
            <source>Details</source>
            <translation>جزئیات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="236" />
            <source>History</source>
            <translation>تاریخچه</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditors</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="70" />
            <source>New Type…</source>
            <translation>نوع جدید…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>New Activity Type</source>
            <translation>نوع فعالیت جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>Name of the new type (a demo, a visit…):</source>
            <translation>نام نوع جدید (نمایش محصول، بازدید…):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="142" />
            <source>At a time</source>
            <translation>در ساعت معین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="143" />
            <source>All day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="144" />
            <source>Any time that day</source>
            <translation>هر ساعتی در آن روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="145" />
            <source>No date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <source>no length</source>
            <translation>بدون مدت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="222" />
            <source>for {length}</source>
            <translation>به مدت {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="161" />
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="166" />
            <source>The last day of an activity over several days</source>
            <translation>آخرین روز فعالیتی که چند روز طول می‌کشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="254" />
            <source>Does not repeat</source>
            <translation>تکرار نمی‌شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="255" />
            <source>Daily</source>
            <translation>روزانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="256" />
            <source>Weekly</source>
            <translation>هفتگی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="257" />
            <source>Monthly</source>
            <translation>ماهانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="258" />
            <source>Yearly</source>
            <translation>سالانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="264" />
            <source>every </source>
            <translation>هر </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="265" />
            <source>Every 2: every other day, week, month or year</source>
            <translation>هر دو: یک روز، هفته، ماه یا سال در میان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>forever</source>
            <translation>برای همیشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>until</source>
            <translation>تا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>for</source>
            <translation>به تعداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="297" />
            <source> times</source>
            <translation> بار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="341" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="501" />
            <source>on day {day}</source>
            <translation>روز {day}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="344" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="496" />
            <source>on the {nth} {weekday}</source>
            <translation>{weekday} {nth}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="346" />
            <source>on the last {weekday}</source>
            <translation>آخرین {weekday}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="399" />
            <location filename="../../src/cardfile/ui/activities/form.py" line="383" />
            <source>A repeating activity needs a date.</source>
            <translation>فعالیت تکرارشونده به تاریخ نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="408" />
            <source>The series would end before it starts.</source>
            <translation>این سری پیش از شروع پایان می‌یابد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="432" />
            <source>As set elsewhere: {rule}</source>
            <translation>همان‌طور که در جای دیگر تنظیم شده: {rule}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="468" />
            <source>first</source>
            <translation>اول</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="469" />
            <source>second</source>
            <translation>دوم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="470" />
            <source>third</source>
            <translation>سوم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="471" />
            <source>fourth</source>
            <translation>چهارم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="472" />
            <source>last</source>
            <translation>آخر</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every day</source>
            <translation>
                <numerusform>هر روز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>هر %Ln روز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every week</source>
            <translation>
                <numerusform>هر هفته</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every %Ln week(s)</source>
            <translation>
                <numerusform>هر %Ln هفته</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every month</source>
            <translation>
                <numerusform>هر ماه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every %Ln month(s)</source>
            <translation>
                <numerusform>هر %Ln ماه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every year</source>
            <translation>
                <numerusform>هر سال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every %Ln year(s)</source>
            <translation>
                <numerusform>هر %Ln سال</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="491" />
            <source>on {days}</source>
            <translation>در {days}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="503" />
            <source>on {date}</source>
            <translation>در {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="507" />
            <source>until {date}</source>
            <translation>تا {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="509" />
            <source>%Ln time(s)</source>
            <translation>
                <numerusform>%Ln بار</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="583" />
            <source>Add a person: type part of a name</source>
            <translation>افزودن شخص: بخشی از یک نام را بنویسید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="614" />
            <source>{name} ×</source>
            <translation>{name} ×</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="615" />
            <source>Take {name} off this activity</source>
            <translation>برداشتن {name} از این فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="630" />
            <source>Choose a person from the suggestions, or clear the field.</source>
            <translation>شخصی را از پیشنهادها انتخاب کنید، یا فیلد را خالی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="644" />
            <source>No deal (type part of its name)</source>
            <translation>بدون معامله (بخشی از نامش را بنویسید)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="649" />
            <source>Not about a deal</source>
            <translation>مربوط به معامله‌ای نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="680" />
            <source>Choose a deal from the suggestions, or clear the field.</source>
            <translation>معامله‌ای را از پیشنهادها انتخاب کنید، یا فیلد را خالی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="159" />
            <source>Call</source>
            <translation>تماس تلفنی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>To-do</source>
            <translation>کار</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="182" />
            <source>Change a Repeating Activity</source>
            <translation>تغییر فعالیت تکرارشونده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="183" />
            <source>“{subject}” repeats. Change only this occurrence, or the whole series?</source>
            <translation>«{subject}» تکرار می‌شود. فقط همین رخداد تغییر کند یا کل سری؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="190" />
            <source>This Occurrence</source>
            <translation>همین رخداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="192" />
            <source>Whole Series</source>
            <translation>کل سری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="203" />
            <source>Overlapping Activities</source>
            <translation>فعالیت‌های هم‌پوشان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="204" />
            <source>Save it anyway?</source>
            <translation>با این حال ذخیره شود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="213" />
            <source>This overlaps “{subject}” ({when}) of yours.</source>
            <translation>این فعالیت با «{subject}» ({when}) شما هم‌پوشانی دارد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/form.py" line="215" />
            <source>And %Ln more.</source>
            <translation>
                <numerusform>و %Ln مورد دیگر.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Low</source>
            <translation>پایین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Normal</source>
            <translation>عادی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>High</source>
            <translation>بالا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="254" />
            <source>&amp;Type</source>
            <translation>&amp;نوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="255" />
            <source>&amp;Subject</source>
            <translation>&amp;موضوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="259" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="261" />
            <source>&amp;When</source>
            <translation>&amp;زمان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="262" />
            <source>&amp;Repeats</source>
            <translation>&amp;تکرار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="266" />
            <source>With</source>
            <translation>با</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="268" />
            <source>&amp;People</source>
            <translation>&amp;افراد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="269" />
            <source>C&amp;ompany</source>
            <translation>&amp;شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="270" />
            <source>&amp;Deal</source>
            <translation>م&amp;عامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="274" />
            <source>Options</source>
            <translation>گزینه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="276" />
            <source>P&amp;riority</source>
            <translation>ا&amp;ولویت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="277" />
            <source>&amp;Alarm</source>
            <translation>&amp;هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="278" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>&amp;خصوصی: فقط شما آن را می‌بینید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="281" />
            <source>Details</source>
            <translation>جزئیات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="286" />
            <source>This activity was deleted meanwhile; its changes cannot be saved.</source>
            <translation>این فعالیت در این فاصله حذف شده است؛ تغییرات آن ذخیره نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="309" />
            <source>An activity needs a subject: what is it about?</source>
            <translation>فعالیت به موضوع نیاز دارد: دربارهٔ چیست؟</translation>
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="293" />
            <source>Street</source>
            <translation>خیابان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="294" />
            <source>Apartment, suite</source>
            <translation>واحد، طبقه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="295" />
            <source>PO box</source>
            <translation>صندوق پستی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="296" />
            <source>Postcode</source>
            <translation>کد پستی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="297" />
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="298" />
            <source>State or region</source>
            <translation>استان یا منطقه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="299" />
            <source>Country</source>
            <translation>کشور</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="142" />
            <source>&amp;Schedule…</source>
            <translation>&amp;زمان‌بندی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="143" />
            <source>&amp;Today</source>
            <translation>&amp;امروز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="147" />
            <source>Back (Alt+Left)</source>
            <translation>عقب (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="149" />
            <source>On (Alt+Right)</source>
            <translation>جلو (Alt+Right)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="150" />
            <source>&amp;Open…</source>
            <translation>&amp;باز کردن…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="151" />
            <source>&amp;Clear…</source>
            <translation>&amp;ثبت انجام…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="154" />
            <source>&amp;Day</source>
            <translation>&amp;روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="155" />
            <source>&amp;Work Week</source>
            <translation>هفتهٔ &amp;کاری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="156" />
            <source>W&amp;eek</source>
            <translation>&amp;هفته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="157" />
            <source>&amp;Month</source>
            <translation>&amp;ماه</translation>
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
            <translation>جابه‌جایی فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="325" />
            <source>Change Length</source>
            <translation>تغییر مدت</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/page.py" line="342" />
            <source>%Ln activity(s) shown</source>
            <translation>
                <numerusform>%Ln فعالیت نمایش داده شده</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="365" />
            <source>Unsaved Changes</source>
            <translation>تغییرات ذخیره‌نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="366" />
            <source>Save the changes to this activity?</source>
            <translation>تغییرات این فعالیت ذخیره شود؟</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="184" />
            <source>all day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>All day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>Any time</source>
            <translation>هر ساعتی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="444" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="451" />
            <source>overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="547" />
            <location filename="../../src/cardfile/ui/calendar/view.py" line="607" />
            <source>+%Ln more</source>
            <translation>
                <numerusform>+%Ln مورد دیگر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="618" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln عقب‌افتاده</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="133" />
            <source>turns {years} today</source>
            <translation>امروز {years} ساله می‌شود</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="135" />
            <source>%Ln year(s) today</source>
            <translation>
                <numerusform>امروز %Ln سال می‌شود</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="140" />
            <source>turns {years} tomorrow</source>
            <translation>فردا {years} ساله می‌شود</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="142" />
            <source>%Ln year(s) tomorrow</source>
            <translation>
                <numerusform>فردا %Ln سال می‌شود</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="145" />
            <source>turns {years} in %Ln day(s)</source>
            <translation>
                <numerusform>%Ln روز دیگر {years} ساله می‌شود</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <source>{years} in %Ln day(s)</source>
            <translation>
                <numerusform>%Ln روز دیگر {years} می‌شود</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln سال</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>age {years}</source>
            <translation>{years} ساله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="154" />
            <source>today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="156" />
            <source>tomorrow</source>
            <translation>فردا</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="158" />
            <source>in %Ln day(s)</source>
            <translation>
                <numerusform>%Ln روز دیگر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>no</source>
            <translation>خیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="343" />
            <source>Email {address}</source>
            <translation>ایمیل به {address}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="344" />
            <source>Call {number}</source>
            <translation>تماس با {number}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="352" />
            <source>Copy</source>
            <translation>کپی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="353" />
            <source>Copy {value}</source>
            <translation>کپی {value}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="362" />
            <source>Copied</source>
            <translation>کپی شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="396" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="397" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="398" />
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="400" />
            <source>Web</source>
            <translation>وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="402" />
            <source>Messaging</source>
            <translation>پیام‌رسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="407" />
            <source>Custom fields</source>
            <translation>فیلدهای سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="410" />
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="411" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>moved to the Trash</source>
            <translation>به سطل زباله منتقل شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>restored from the Trash</source>
            <translation>از سطل زباله بازیابی شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="493" />
            <source>(empty)</source>
            <translation>(خالی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="495" />
            <source>(a company since erased)</source>
            <translation>(شرکتی که از آن زمان پاک شده است)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="497" />
            <source>(since erased)</source>
            <translation>(از آن زمان پاک شده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="501" />
            <source>(picture)</source>
            <translation>(تصویر)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="507" />
            <source>(a removed field)</source>
            <translation>(فیلدی حذف‌شده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="540" />
            <source>other</source>
            <translation>دیگر</translation>
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
            <translation>Ctrl+S ذخیره – Esc انصراف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="559" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="561" />
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="645" />
            <source>What you choose below is done to all of them, as one step Undo takes back.</source>
            <translation>آنچه در زیر انتخاب کنید روی همهٔ آن‌ها انجام می‌شود، در قالب یک گام که با واگرد برمی‌گردد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="751" />
            <source>&amp;Save</source>
            <translation>&amp;ذخیره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="887" />
            <source>Edit</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="889" />
            <source>Edit this card (F2)</source>
            <translation>ویرایش این کارت (F2)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="966" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="1044" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation>تغییر کرده – Ctrl+S ذخیره – Esc انصراف</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="95" />
            <source>{unit}, billions</source>
            <translation>{unit}، میلیارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="96" />
            <source>{unit}, millions</source>
            <translation>{unit}، میلیون</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="97" />
            <source>{unit}, thousands</source>
            <translation>{unit}، هزار</translation>
        </message>
    </context>
    <context>
        <name>ClearDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear Activity</source>
            <translation>ثبت انجام فعالیت</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear %Ln Activities</source>
            <translation>
                <numerusform>ثبت انجام %Ln فعالیت</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="83" />
            <source>{subject} · {when}</source>
            <translation>{subject} – {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="87" />
            <source>Each of the %Ln activities is cleared as happening when it was scheduled.</source>
            <translation>
                <numerusform>هر یک از %Ln فعالیت به‌عنوان انجام‌شده در زمان زمان‌بندی‌شده‌اش ثبت می‌شود.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="90" />
            <source>&amp;Completed</source>
            <translation>&amp;انجام شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="91" />
            <source>&amp;Left a message</source>
            <translation>&amp;پیغام گذاشته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="92" />
            <source>&amp;No answer</source>
            <translation>پاسخی &amp;نیامد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="93" />
            <source>&amp;Other:</source>
            <translation>&amp;دیگر:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="94" />
            <source>Did not take &amp;place</source>
            <translation>&amp;برگزار نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="98" />
            <source>in your own words</source>
            <translation>با کلمات خودتان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="115" />
            <source>What came of it (optional)</source>
            <translation>حاصل کار (اختیاری)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="118" />
            <source>Schedule a &amp;follow-up with the same people</source>
            <translation>زمان‌بندی پیگیری با &amp;همین افراد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="122" />
            <source>Result:</source>
            <translation>نتیجه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="124" />
            <source>&amp;Happened:</source>
            <translation>&amp;زمان انجام:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="125" />
            <source>O&amp;utcome:</source>
            <translation>ن&amp;تیجه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="127" />
            <source>Clear</source>
            <translation>ثبت انجام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="174" />
            <source>Say how it went, in a few words.</source>
            <translation>در چند کلمه بگویید چگونه پیش رفت.</translation>
        </message>
    </context>
    <context>
        <name>CloseDeal</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Won</source>
            <translation>معاملهٔ موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Lost</source>
            <translation>معاملهٔ ناموفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” won?</source>
            <translation>چرا «{deal}» موفق بود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” lost?</source>
            <translation>چرا «{deal}» ناموفق بود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="57" />
            <source>Reason (optional)</source>
            <translation>دلیل (اختیاری)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="59" />
            <source>Pick a reason, or type a new one: it joins the list for next time.</source>
            <translation>دلیلی انتخاب کنید یا دلیل تازه‌ای بنویسید: برای دفعهٔ بعد به فهرست افزوده می‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Won</source>
            <translation>ثبت به‌عنوان موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Lost</source>
            <translation>ثبت به‌عنوان ناموفق</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="220" />
            <source>&amp;New Company</source>
            <translation>&amp;شرکت جدید</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>%Ln company(ies)</source>
            <translation>
                <numerusform>%Ln شرکت</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="222" />
            <source>Companies: {count}</source>
            <translation>شرکت‌ها: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="223" />
            <source>No companies yet</source>
            <translation>هنوز شرکتی وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="224" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation>سازمان‌ها در اینجا فهرست می‌شوند. شرکت زمانی افزوده می‌شود که آن را بسازید، یا وقتی برای مخاطبی نام شرکتی را وارد کنید که هنوز ثبت نشده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="229" />
            <source>No companies match the filter</source>
            <translation>هیچ شرکتی با فیلتر مطابقت ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="230" />
            <source>Select a company to see its card.</source>
            <translation>برای دیدن کارت یک شرکت، آن را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="231" />
            <source>&amp;Company</source>
            <translation>&amp;شرکت</translation>
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="67" />
            <source>part of {parent}</source>
            <translation>زیرمجموعهٔ {parent}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="69" />
            <source>website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="71" />
            <source>Dates</source>
            <translation>تاریخ‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="74" />
            <source>… and {count} more</source>
            <translation>… و {count} مورد دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="76" />
            <source>People ({count})</source>
            <translation>افراد ({count})</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="77" />
            <source>A company named “{name}” already exists</source>
            <translation>شرکتی با نام «{name}» از قبل وجود دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="79" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="86" />
            <source>&amp;Name</source>
            <translation>&amp;نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="87" />
            <source>&amp;Industry</source>
            <translation>&amp;صنعت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="88" />
            <source>&amp;Website</source>
            <translation>&amp;وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>&amp;Part of</source>
            <translation>&amp;زیرمجموعهٔ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>The company this one belongs to, if any</source>
            <translation>شرکتی که این شرکت به آن تعلق دارد، در صورت وجود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Add email address</source>
            <translation>افزودن نشانی ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Add phone number</source>
            <translation>افزودن شمارهٔ تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Add address</source>
            <translation>افزودن نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Web</source>
            <translation>وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Add web address</source>
            <translation>افزودن نشانی وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Messaging and social</source>
            <translation>پیام‌رسان‌ها و شبکه‌های اجتماعی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Add account</source>
            <translation>افزودن حساب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Dates</source>
            <translation>تاریخ‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Add date</source>
            <translation>افزودن تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="98" />
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="99" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="100" />
            <source>Sharing</source>
            <translation>اشتراک‌گذاری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="105" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation>این شرکت در این فاصله حذف شده است؛ تغییرات شما ذخیره نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="110" />
            <source>Logo: choose an image file or remove the logo</source>
            <translation>لوگو: یک فایل تصویری انتخاب کنید یا لوگو را بردارید</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="198" />
            <source>value</source>
            <translation>مقدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="224" />
            <source>Remove this condition</source>
            <translation>برداشتن این شرط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="225" />
            <source>Remove condition</source>
            <translation>برداشتن شرط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="279" />
            <source>(removed field)</source>
            <translation>(فیلد حذف‌شده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="306" />
            <source>“{field} {test}” needs a value.</source>
            <translation>«{field} {test}» به یک مقدار نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="326" />
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="327" />
            <source>no</source>
            <translation>خیر</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>in the Trash</source>
            <translation>در سطل زباله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>not deleted</source>
            <translation>حذف‌نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="58" />
            <source>(picture)</source>
            <translation>(تصویر)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="76" />
            <source>(no name)</source>
            <translation>(بدون نام)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="79" />
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="82" />
            <source>Record</source>
            <translation>رکورد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="83" />
            <source>Field</source>
            <translation>فیلد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="84" />
            <source>Current value</source>
            <translation>مقدار فعلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="85" />
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="87" />
            <source>Written by</source>
            <translation>نوشته‌شده توسط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="86" />
            <source>Other value</source>
            <translation>مقدار دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="93" />
            <source>{user} (you)</source>
            <translation>{user} (شما)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="107" />
            <source>Sync Conflicts</source>
            <translation>تعارض‌های همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="108" />
            <source>These fields were changed on two computers before they synced. Each record shows the newer value; the other one is kept here, so nothing is lost. Keep the current value, or use the other.</source>
            <translation>این فیلدها پیش از همگام‌سازی روی دو رایانه تغییر کرده‌اند. هر رکورد مقدار جدیدتر را نشان می‌دهد؛ مقدار دیگر اینجا نگه داشته می‌شود تا چیزی از دست نرود. مقدار فعلی را نگه دارید یا از مقدار دیگر استفاده کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="113" />
            <source>No conflicts</source>
            <translation>تعارضی وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="114" />
            <source>When two people change the same field before they sync, the newer value is used and the other waits here for you to review.</source>
            <translation>وقتی دو نفر پیش از همگام‌سازی یک فیلد را تغییر دهند، مقدار جدیدتر به کار می‌رود و مقدار دیگر برای بررسی شما اینجا می‌ماند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="124" />
            <source>&amp;Open Record</source>
            <translation>&amp;باز کردن رکورد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="126" />
            <source>&amp;Keep Current</source>
            <translation>&amp;نگه‌داشتن مقدار فعلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="129" />
            <source>The record keeps the value it has; the other one is set aside</source>
            <translation>رکورد مقدار فعلی خود را نگه می‌دارد؛ مقدار دیگر کنار گذاشته می‌شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="132" />
            <source>&amp;Use Other</source>
            <translation>&amp;استفاده از مقدار دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="135" />
            <source>The record takes the other value; it syncs to everyone</source>
            <translation>رکورد مقدار دیگر را می‌گیرد؛ این مقدار برای همه همگام می‌شود</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="199" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>%Ln تعارض برای بررسی</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="50" />
            <source>Related People</source>
            <translation>افراد مرتبط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="53" />
            <source>Personal</source>
            <translation>شخصی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="60" />
            <source>agent (assistant)</source>
            <translation>نماینده (دستیار)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="66" />
            <source>Nickname</source>
            <translation>نام مستعار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="69" />
            <source>Pronounced</source>
            <translation>تلفظ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="71" />
            <source>Birthday</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="73" />
            <source>Anniversary</source>
            <translation>سالگرد</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="94" />
            <source>A contact named “{name}” at {company} already exists</source>
            <translation>مخاطبی با نام «{name}» در {company} از قبل وجود دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>A contact named “{name}” already exists</source>
            <translation>مخاطبی با نام «{name}» از قبل وجود دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="100" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="112" />
            <source>Give the person a name, a company or an email address.</source>
            <translation>برای این شخص یک نام، شرکت یا نشانی ایمیل وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>&amp;Prefix</source>
            <translation>&amp;پیشوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>&amp;Given name</source>
            <translation>&amp;نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>&amp;Middle name</source>
            <translation>نام &amp;میانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>&amp;Family name</source>
            <translation>نام &amp;خانوادگی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="119" />
            <source>Suffi&amp;x</source>
            <translation>پسون&amp;د</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="120" />
            <source>Nic&amp;kname</source>
            <translation>نام مستع&amp;ار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="125" />
            <source>&amp;Display as</source>
            <translation>نمایش &amp;به‌صورت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="126" />
            <source>Leave empty to show the name built from its parts</source>
            <translation>برای نمایش نامی که از اجزای آن ساخته می‌شود، خالی بگذارید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="127" />
            <source>Built from the name</source>
            <translation>ساخته‌شده از نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="134" />
            <source>Work</source>
            <translation>کار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="136" />
            <source>&amp;Title</source>
            <translation>&amp;سمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="137" />
            <source>Depa&amp;rtment</source>
            <translation>&amp;واحد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="138" />
            <source>C&amp;ompany</source>
            <translation>&amp;شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Add email address</source>
            <translation>افزودن نشانی ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Add phone number</source>
            <translation>افزودن شمارهٔ تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Add address</source>
            <translation>افزودن نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Web</source>
            <translation>وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Add web address</source>
            <translation>افزودن نشانی وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Messaging and social</source>
            <translation>پیام‌رسان‌ها و شبکه‌های اجتماعی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Add account</source>
            <translation>افزودن حساب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="147" />
            <source>Personal</source>
            <translation>شخصی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Birthday</source>
            <translation>&amp;تاریخ تولد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Anniversary</source>
            <translation>سال&amp;گرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Other dates</source>
            <translation>تاریخ‌های دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Add date</source>
            <translation>افزودن تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="151" />
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="152" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="153" />
            <source>Sharing</source>
            <translation>اشتراک‌گذاری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="158" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation>این مخاطب در این فاصله حذف شده است؛ تغییرات شما ذخیره نشد.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="204" />
            <source>Contacts</source>
            <translation>مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="205" />
            <source>&amp;New Contact</source>
            <translation>&amp;مخاطب جدید</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <location filename="../../src/cardfile/app.py" line="249" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln مخاطب</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="207" />
            <source>Contacts: {count}</source>
            <translation>مخاطبان: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="208" />
            <source>No contacts yet</source>
            <translation>هنوز مخاطبی وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="209" />
            <source>The people you work with will be listed here: add them one by one, or import the vCard or CSV file another address book (Outlook, Google, a phone) exports.</source>
            <translation>افرادی که با آن‌ها کار می‌کنید اینجا فهرست می‌شوند: آن‌ها را یکی‌یکی اضافه کنید، یا فایل vCard یا CSV را که دفترچهٔ نشانی دیگری (Outlook، Google، یک گوشی) برون‌بری می‌کند، درون‌ریزی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="214" />
            <source>No contacts match the filter</source>
            <translation>هیچ مخاطبی با فیلتر مطابقت ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="215" />
            <source>Select a contact to see their card.</source>
            <translation>برای دیدن کارت یک مخاطب، آن را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="216" />
            <source>&amp;Contact</source>
            <translation>&amp;مخاطب</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="28" />
            <source>Cardfile ran into a problem</source>
            <translation>Cardfile با مشکلی روبه‌رو شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="37" />
            <source>Something unexpected went wrong while: {action}.

What you were changing was either saved whole or not at all: the database is never left half-written. You can go on working; if it happens again, please send the details to whoever looks after Cardfile for you.</source>
            <translation>هنگام این کار مشکلی غیرمنتظره پیش آمد: {action}.

آنچه در حال تغییرش بودید یا به‌طور کامل ذخیره شد یا اصلاً ذخیره نشد: پایگاه داده هرگز نیمه‌نوشته رها نمی‌شود. می‌توانید به کار ادامه دهید؛ اگر دوباره پیش آمد، لطفاً جزئیات را برای کسی که Cardfile را برایتان پشتیبانی می‌کند بفرستید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="49" />
            <source>The details are in the log file {path}</source>
            <translation>جزئیات در فایل گزارش {path} است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="51" />
            <source>The details could not be written to a log file; copy them from here.</source>
            <translation>جزئیات در فایل گزارش نوشته نشد؛ آن‌ها را از اینجا کپی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="59" />
            <source>Copy details</source>
            <translation>کپی جزئیات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="63" />
            <source>Open Log Folder</source>
            <translation>باز کردن پوشهٔ گزارش</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="82" />
            <source>Cardfile ran into %Ln problem(s)</source>
            <translation>
                <numerusform>Cardfile با %Ln مشکل روبه‌رو شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="86" />
            <source>Copied</source>
            <translation>کپی شد</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="69" />
            <source>starting Cardfile</source>
            <translation>اجرای Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="133" />
            <source>pressing {keys}</source>
            <translation>فشردن {keys}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="141" />
            <source>choosing {command}</source>
            <translation>انتخاب {command}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="148" />
            <source>clicking {button}</source>
            <translation>کلیک روی {button}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="154" />
            <source>{what} in “{window}”</source>
            <translation>{what} در «{window}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="166" />
            <source>“{task}”, started after {action}</source>
            <translation>«{task}»، آغازشده پس از {action}</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="91" />
            <source>Full name</source>
            <translation>نام کامل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Prefix (Dr., Ms.)</source>
            <translation>پیشوند (دکتر، خانم)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Given name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Middle name</source>
            <translation>نام میانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Family name</source>
            <translation>نام خانوادگی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Suffix (Jr., PhD)</source>
            <translation>پسوند (جونیور، PhD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Nickname</source>
            <translation>نام مستعار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Given name (phonetic)</source>
            <translation>نام (آوایی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Middle name (phonetic)</source>
            <translation>نام میانی (آوایی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Family name (phonetic)</source>
            <translation>نام خانوادگی (آوایی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Department</source>
            <translation>واحد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Job title</source>
            <translation>سمت شغلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Birthday</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Anniversary</source>
            <translation>سالگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Photo (web link)</source>
            <translation>عکس (پیوند وب)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="115" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Web address</source>
            <translation>نشانی وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Messaging</source>
            <translation>پیام‌رسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Other date</source>
            <translation>تاریخ دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="126" />
            <source>label</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>service</source>
            <translation>سرویس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>street</source>
            <translation>خیابان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>city</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>region</source>
            <translation>منطقه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>postal code</source>
            <translation>کد پستی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>PO box</source>
            <translation>صندوق پستی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>extended address</source>
            <translation>نشانی تکمیلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>whole address</source>
            <translation>نشانی کامل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="156" />
            <source>Add to notes with the column name</source>
            <translation>افزودن به یادداشت‌ها همراه نام ستون</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="158" />
            <source>Do not import</source>
            <translation>درون‌ریزی نشود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="165" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation>«{target}» (فیلدی که این نسخه از Cardfile نمی‌شناسد)</translation>
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
            <translation>هر خانهٔ غیرخالی به‌صورت «ستون: مقدار» به یادداشت‌های مخاطب افزوده می‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="295" />
            <source>(empty in the first rows)</source>
            <translation>(در ردیف‌های نخست خالی است)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>commas</source>
            <translation>ویرگول</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>semicolons</source>
            <translation>نقطه‌ویرگول</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>tabs</source>
            <translation>تب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>vertical bars</source>
            <translation>خط عمودی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="317" />
            <source>a Google Contacts export</source>
            <translation>برون‌بری Google Contacts</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>an Outlook export</source>
            <translation>برون‌بری Outlook</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>a Cardfile export</source>
            <translation>برون‌بری Cardfile</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="326" />
            <source>{file}: {encoding}, separated by {delimiter}, %Ln column(s).</source>
            <translation>
                <numerusform>{file}: {encoding}، جداشده با {delimiter}، %Ln ستون.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="333" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation>به‌عنوان {program} شناسایی شد: ستون‌های آن از قبل نگاشت شده‌اند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="355" />
            <source>Map columns</source>
            <translation>نگاشت ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="357" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation>فیلد مخاطبی را که هر ستون پر می‌کند انتخاب کنید. مقادیر نمونه از ردیف‌های نخست فایل آمده‌اند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="368" />
            <source>S&amp;tart from:</source>
            <translation>&amp;شروع از:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="370" />
            <source>&amp;Save Mapping…</source>
            <translation>&amp;ذخیرهٔ نگاشت…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="373" />
            <source>&amp;Delete Saved Mapping</source>
            <translation>&amp;حذف نگاشت ذخیره‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="417" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation>پیشنهادشده بر اساس مقادیر این ستون: اگر نادرست است تغییرش دهید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Column</source>
            <translation>ستون</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Sample values</source>
            <translation>مقادیر نمونه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Import as</source>
            <translation>درون‌ریزی به‌عنوان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="439" />
            <source>(column {number}, no header)</source>
            <translation>(ستون {number}، بدون سرستون)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="447" />
            <source>Import column {column} as</source>
            <translation>درون‌ریزی ستون {column} به‌عنوان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for this file</source>
            <translation>پیشنهادی برای این فایل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for these files</source>
            <translation>پیشنهادی برای این فایل‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save Mapping</source>
            <translation>ذخیرهٔ نگاشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save this column mapping as:</source>
            <translation>ذخیرهٔ این نگاشت ستون‌ها با نام:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="548" />
            <source>Replace Mapping</source>
            <translation>جایگزینی نگاشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="549" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation>نگاشتی با نام «{name}» از قبل وجود دارد. جایگزین شود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete Mapping</source>
            <translation>حذف نگاشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation>نگاشت ذخیره‌شدهٔ «{name}» حذف شود؟</translation>
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1011" />
            <source>Yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1012" />
            <source>No</source>
            <translation>خیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1067" />
            <source>Enter a number, such as {example}.</source>
            <translation>یک عدد وارد کنید، مانند {example}.</translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="50" />
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="51" />
            <source>Number</source>
            <translation>عدد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="52" />
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="53" />
            <source>Choice</source>
            <translation>گزینه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="54" />
            <source>Yes or no</source>
            <translation>بله یا خیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="61" />
            <source>Contacts</source>
            <translation>مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="62" />
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="63" />
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="64" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Type</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Used for</source>
            <translation>کاربرد برای</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Choices</source>
            <translation>گزینه‌ها</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="208" />
            <source>Custom Fields</source>
            <translation>فیلدهای سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="224" />
            <source>Fields of your own appear on the cards, in the lists and in lookups. Removing a field hides it; the values stay in the records and come back with Undo.</source>
            <translation>فیلدهای خودتان روی کارت‌ها، در فهرست‌ها و در جستجوهای شرطی نمایش داده می‌شوند. برداشتن یک فیلد آن را پنهان می‌کند؛ مقادیر در رکوردها می‌مانند و با واگرد برمی‌گردند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="230" />
            <source>&amp;Add…</source>
            <translation>&amp;افزودن…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="232" />
            <source>Re&amp;name…</source>
            <translation>&amp;تغییر نام…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="234" />
            <source>&amp;Remove</source>
            <translation>&amp;برداشتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="309" />
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="324" />
            <source>Remove Field</source>
            <translation>برداشتن فیلد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="310" />
            <source>Remove the field “{name}” from {records}? Its values stay in the records and come back if you undo this.</source>
            <translation>فیلد «{name}» از {records} برداشته شود؟ مقادیر آن در رکوردها می‌مانند و اگر این کار را واگرد کنید برمی‌گردند.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="86" />
            <source>This month</source>
            <translation>این ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="87" />
            <source>This quarter</source>
            <translation>این فصل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="88" />
            <source>This year</source>
            <translation>امسال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="89" />
            <source>Last month</source>
            <translation>ماه گذشته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="90" />
            <source>Last quarter</source>
            <translation>فصل گذشته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="91" />
            <source>The last 12 months</source>
            <translation>دوازده ماه گذشته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="158" />
            <source>Dashboard</source>
            <translation>پیشخوان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="161" />
            <source>The period won and lost deals, win rate, average size and forecast are about</source>
            <translation>دوره‌ای که معامله‌های موفق و ناموفق، نرخ موفقیت، میانگین اندازه و پیش‌بینی فروش به آن مربوط‌اند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="168" />
            <source>The currency the charts show: amounts in other currencies are not added in</source>
            <translation>ارزی که نمودارها نشان می‌دهند: مبالغ به ارزهای دیگر جمع زده نمی‌شوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="177" />
            <source>&amp;Period:</source>
            <translation>&amp;دوره:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="178" />
            <source>P&amp;ipeline:</source>
            <translation>&amp;قیف فروش:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="179" />
            <source>O&amp;wner:</source>
            <translation>&amp;مالک:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="180" />
            <source>&amp;Charts in:</source>
            <translation>نمودارها &amp;به:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="192" />
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="201" />
            <source>Today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="202" />
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="214" />
            <source>Results</source>
            <translation>نتایج</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="262" />
            <source>Pipeline by stage</source>
            <translation>قیف فروش به تفکیک مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="275" />
            <source>Forecast by month</source>
            <translation>پیش‌بینی فروش به تفکیک ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="288" />
            <source>Biggest open deals</source>
            <translation>بزرگ‌ترین معامله‌های باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="347" />
            <source>All pipelines</source>
            <translation>همهٔ قیف‌های فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="351" />
            <source>Everyone</source>
            <translation>همه</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Today (%Ln)</source>
            <translation>
                <numerusform>امروز (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Overdue (%Ln)</source>
            <translation>
                <numerusform>عقب‌افتاده (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing overdue.</source>
            <translation>کار عقب‌افتاده‌ای نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing scheduled for today.</source>
            <translation>چیزی برای امروز زمان‌بندی نشده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="472" />
            <source>no date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="474" />
            <source>today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="478" />
            <source>{when} · {type}</source>
            <translation>{when} – {type}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="479" />
            <source>(no subject)</source>
            <translation>(بدون موضوع)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="481" />
            <source>{subject} · with {people}</source>
            <translation>{subject} – با {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="493" />
            <source>no deal was won or lost in the period</source>
            <translation>در این دوره هیچ معامله‌ای موفق یا ناموفق نشد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="497" />
            <source>win rate of the %Ln deal(s) closed in the period</source>
            <translation>
                <numerusform>نرخ موفقیت %Ln معاملهٔ بسته‌شده در این دوره</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="499" />
            <source>Won: %Ln deal(s)</source>
            <translation>
                <numerusform>موفق: %Ln معامله</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="500" />
            <source>Lost: %Ln deal(s)</source>
            <translation>
                <numerusform>ناموفق: %Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="501" />
            <source>List the deals won in this period</source>
            <translation>فهرست معامله‌های موفق این دوره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="502" />
            <source>List the deals lost in this period</source>
            <translation>فهرست معامله‌های ناموفق این دوره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="508" />
            <source>Average deal won: {amounts}</source>
            <translation>میانگین معاملهٔ موفق: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="509" />
            <source>Average deal won: none won in this period</source>
            <translation>میانگین معاملهٔ موفق: در این دوره معاملهٔ موفقی نبود</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="515" />
            <source>Won (%Ln)</source>
            <translation>
                <numerusform>موفق (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="517" />
            <source>%Ln deal(s) won: click to list them</source>
            <translation>
                <numerusform>%Ln معاملهٔ موفق: برای دیدن فهرست کلیک کنید</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="521" />
            <source>Lost (%Ln)</source>
            <translation>
                <numerusform>ناموفق (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="523" />
            <source>%Ln deal(s) lost: click to list them</source>
            <translation>
                <numerusform>%Ln معاملهٔ ناموفق: برای دیدن فهرست کلیک کنید</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="543" />
            <source>{amounts} + %Ln more currency(ies)</source>
            <translation>
                <numerusform>{amounts} + %Ln ارز دیگر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="563" />
            <source>{stage}: {amount} in %Ln deal(s)</source>
            <translation>
                <numerusform>{stage}: {amount} در %Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="568" />
            <source>{stage}: {amount} weighted</source>
            <translation>{stage}: {amount} وزن‌دار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="587" />
            <source>Weighted</source>
            <translation>وزن‌دار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="597" />
            <source>Total</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="578" />
            <source>Open deals of the pipeline “{pipeline}” in {currency}; click a bar to list them.</source>
            <translation>معامله‌های باز قیف فروش «{pipeline}» به {currency}؛ برای دیدن فهرست روی یک ستون کلیک کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="590" />
            <source>{month}: {amount} weighted</source>
            <translation>{month}: {amount} وزن‌دار</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="600" />
            <source>{month}: {amount} in %Ln open deal(s)</source>
            <translation>
                <numerusform>{month}: {amount} در %Ln معاملهٔ باز</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="610" />
            <source>Open deals expected to close in the period, in {currency}; click a bar to list them.</source>
            <translation>معامله‌های بازی که انتظار می‌رود در این دوره بسته شوند، به {currency}؛ برای دیدن فهرست روی یک ستون کلیک کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="628" />
            <source>No open deals.</source>
            <translation>معاملهٔ بازی وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="638" />
            <source>{amount} · {deal}</source>
            <translation>{amount} – {deal}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>lost</source>
            <translation>ناموفق</translation>
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
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="77" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="205" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="260" />
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="80" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="206" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="261" />
            <source>Probability</source>
            <translation>احتمال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="89" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="207" />
            <source>Weighted</source>
            <translation>وزن‌دار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="98" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="208" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="263" />
            <source>Close date</source>
            <translation>تاریخ بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="209" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="265" />
            <source>Owner</source>
            <translation>مالک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="204" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="262" />
            <source>Status</source>
            <translation>وضعیت</translation>
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
            <translation>{percent} ٪ (برای این معامله تعیین شده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="148" />
            <source>{percent} % (the stage's)</source>
            <translation>{percent} ٪ (مقدار مرحله)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="163" />
            <source>Reopen Deal</source>
            <translation>بازگشایی معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Won…</source>
            <translation>موفق…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Lost…</source>
            <translation>ناموفق…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as won, with a reason</source>
            <translation>بستن این معامله به‌عنوان موفق، همراه با دلیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as lost, with a reason</source>
            <translation>بستن این معامله به‌عنوان ناموفق، همراه با دلیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="175" />
            <source>Reopen</source>
            <translation>بازگشایی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="177" />
            <source>Open this deal again, in the stage it was in</source>
            <translation>باز کردن دوبارهٔ این معامله، در مرحله‌ای که بود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="192" />
            <source>{pipeline} · {stage}</source>
            <translation>{pipeline} – {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="199" />
            <source>not set</source>
            <translation>تعیین نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="201" />
            <source>This open deal was expected to close before today.</source>
            <translation>انتظار می‌رفت این معاملهٔ باز پیش از امروز بسته شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="211" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="216" />
            <source>{quantity} × {price}</source>
            <translation>{quantity} × {price}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="218" />
            <source>{amount} − {discount} %</source>
            <translation>{amount} − {discount} ٪</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="222" />
            <source>{amount} = {total}</source>
            <translation>{amount} = {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="227" />
            <source>Sum</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="227" />
            <source>{total} (the deal's amount)</source>
            <translation>{total} (مبلغ معامله)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="229" />
            <source>Line items</source>
            <translation>اقلام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="230" />
            <source>Custom fields</source>
            <translation>فیلدهای سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <source>the stage's</source>
            <translation>مقدار مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="253" />
            <source>(none)</source>
            <translation>(هیچ)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="242" />
            <source>(removed)</source>
            <translation>(برداشته‌شده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="259" />
            <source>Pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="264" />
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="266" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="267" />
            <source>Company</source>
            <translation>شرکت</translation>
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
            <translation>هنوز تاریخچه‌ای وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · added by {user}</source>
            <translation>{when} – افزوده‌شده توسط {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · by {user}</source>
            <translation>{when} – توسط {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="314" />
            <source>Nobody yet. Edit the deal to add the people on it and their roles.</source>
            <translation>هنوز کسی نیست. معامله را ویرایش کنید تا افراد مرتبط و نقش‌هایشان را اضافه کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="316" />
            <source>(no name)</source>
            <translation>(بدون نام)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="324" />
            <source>History</source>
            <translation>تاریخچه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="325" />
            <source>Contacts</source>
            <translation>مخاطبان</translation>
        </message>
    </context>
    <context>
        <name>DealFilters</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="43" />
            <source>Any close date</source>
            <translation>هر تاریخ بستنی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="44" />
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="45" />
            <source>Closing this month</source>
            <translation>بسته‌شدن در این ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="46" />
            <source>Closing next month</source>
            <translation>بسته‌شدن در ماه آینده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="47" />
            <source>Closing this quarter</source>
            <translation>بسته‌شدن در این فصل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="48" />
            <source>Closing next quarter</source>
            <translation>بسته‌شدن در فصل آینده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="49" />
            <source>Closing this year</source>
            <translation>بسته‌شدن در امسال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="50" />
            <source>No close date</source>
            <translation>بدون تاریخ بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="75" />
            <source>Show the deals of one pipeline</source>
            <translation>نمایش معامله‌های یک قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="76" />
            <source>Show one person's deals</source>
            <translation>نمایش معامله‌های یک شخص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="77" />
            <source>Show deals expected to close in a period</source>
            <translation>نمایش معامله‌هایی که انتظار می‌رود در یک دوره بسته شوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="78" />
            <source>Show open, won or lost deals</source>
            <translation>نمایش معامله‌های باز، موفق یا ناموفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="81" />
            <source>Any company</source>
            <translation>هر شرکتی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="83" />
            <location filename="../../src/cardfile/ui/deals/filters.py" line="226" />
            <source>Show the deals with one company: type part of its name</source>
            <translation>نمایش معامله‌ها با یک شرکت: بخشی از نامش را بنویسید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="86" />
            <source>Any status</source>
            <translation>هر وضعیتی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="105" />
            <source>All pipelines</source>
            <translation>همهٔ قیف‌های فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="108" />
            <source>Anyone</source>
            <translation>هر کسی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="196" />
            <source>Overdue, {range}</source>
            <translation>عقب‌افتاده، {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="197" />
            <source>Closing {range}</source>
            <translation>بسته‌شدن {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="224" />
            <source>There is no company named “{name}”</source>
            <translation>شرکتی با نام «{name}» وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="239" />
            <source>stage {stage}</source>
            <translation>مرحلهٔ {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="241" />
            <source>in {currency}</source>
            <translation>به {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="245" />
            <source>none closed</source>
            <translation>هیچ‌کدام بسته نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="247" />
            <source>closed {range}</source>
            <translation>بسته‌شده {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="255" />
            <source>(removed)</source>
            <translation>(برداشته‌شده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="273" />
            <source>Show All</source>
            <translation>نمایش همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="275" />
            <source>Clear every filter and show all deals (Ctrl+Shift+A)</source>
            <translation>پاک کردن همهٔ فیلترها و نمایش همهٔ معامله‌ها (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="284" />
            <source>Showing only deals: {filter}</source>
            <translation>نمایش فقط معامله‌های: {filter}</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="76" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="80" />
            <source>“{text}” is not a number.</source>
            <translation>«{text}» عدد نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="103" />
            <source>Product or service</source>
            <translation>کالا یا خدمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="104" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="212" />
            <source>Quantity</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="213" />
            <source>Unit price</source>
            <translation>قیمت واحد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="214" />
            <source>Discount %</source>
            <translation>تخفیف ٪</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="114" />
            <source>Remove this line item</source>
            <translation>برداشتن این قلم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="154" />
            <source>Name the product or service.</source>
            <translation>نام کالا یا خدمت را بنویسید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>quantity</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>discount</source>
            <translation>تخفیف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="165" />
            <source>The {what} is not a number; write it as {example}.</source>
            <translation>{what} عدد نیست؛ آن را به شکل {example} بنویسید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="173" />
            <source>A quantity is more than 0, with at most 6 decimals.</source>
            <translation>تعداد بیشتر از صفر است، با حداکثر شش رقم اعشار.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="175" />
            <source>A discount is between 0 and 100 percent.</source>
            <translation>تخفیف بین صفر و صد درصد است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="211" />
            <source>Product</source>
            <translation>کالا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="215" />
            <source>Total</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="222" />
            <source>Add Line Item</source>
            <translation>افزودن قلم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="227" />
            <source>The sum is the deal's amount</source>
            <translation>جمع، مبلغ معامله است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="229" />
            <source>Keep the amount equal to the line items' sum as they change</source>
            <translation>با تغییر اقلام، مبلغ برابر جمع آن‌ها نگه داشته شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="281" />
            <source>Sum: {total}</source>
            <translation>جمع: {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="339" />
            <source>Type part of a name</source>
            <translation>بخشی از یک نام را بنویسید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="353" />
            <source>Role</source>
            <translation>نقش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="360" />
            <source>Take this person off the deal</source>
            <translation>برداشتن این شخص از معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="400" />
            <source>Choose the person from the names offered as you type.</source>
            <translation>شخص را از میان نام‌هایی که هنگام نوشتن پیشنهاد می‌شوند انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="417" />
            <source>Add Person</source>
            <translation>افزودن شخص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="557" />
            <source>The stage's ({percent} %)</source>
            <translation>مقدار مرحله ({percent} ٪)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="584" />
            <source>The amount is the line items' sum</source>
            <translation>مبلغ، جمع اقلام است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="601" />
            <source>A deal needs a name.</source>
            <translation>معامله به نام نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="607" />
            <source>&amp;Name</source>
            <translation>&amp;نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>&amp;Company</source>
            <translation>&amp;شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>The company the deal is with, if any</source>
            <translation>شرکتی که معامله با آن است، در صورت وجود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="611" />
            <source>&amp;Amount</source>
            <translation>م&amp;بلغ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="612" />
            <source>The deal's value, exactly, in its currency</source>
            <translation>ارزش دقیق معامله، به ارز خودش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>C&amp;lose date</source>
            <translation>&amp;تاریخ بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>When the deal is expected to close</source>
            <translation>زمانی که انتظار می‌رود معامله بسته شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>O&amp;wner</source>
            <translation>ما&amp;لک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>Who looks after the deal</source>
            <translation>کسی که معامله را پیگیری می‌کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="622" />
            <source>Pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="624" />
            <source>&amp;Pipeline</source>
            <translation>&amp;قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="625" />
            <source>&amp;Stage</source>
            <translation>&amp;مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="628" />
            <source>P&amp;robability</source>
            <translation>ا&amp;حتمال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="633" />
            <source>The chance the deal closes; below 0 goes back to the stage's</source>
            <translation>احتمال بسته‌شدن معامله؛ کمتر از صفر به مقدار مرحله برمی‌گردد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="637" />
            <source>S&amp;tatus</source>
            <translation>&amp;وضعیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Lost</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="642" />
            <source>Rea&amp;son</source>
            <translation>&amp;دلیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="646" />
            <source>Why it was won or lost: pick one, or type a new one for the list</source>
            <translation>چرا موفق یا ناموفق بود: یکی را انتخاب کنید، یا دلیل تازه‌ای برای فهرست بنویسید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="650" />
            <source>Line items</source>
            <translation>اقلام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="651" />
            <source>People on the deal</source>
            <translation>افراد مرتبط با معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="656" />
            <source>This deal was deleted meanwhile; your changes were not saved.</source>
            <translation>این معامله در این فاصله حذف شده است؛ تغییرات شما ذخیره نشد.</translation>
        </message>
    </context>
    <context>
        <name>Deals</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="31" />
            <source>Me</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Lost</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="54" />
            <source>{date} · overdue</source>
            <translation>{date} – عقب‌افتاده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="58" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="67" />
            <source>{total} · weighted {weighted}</source>
            <translation>{total} – وزن‌دار {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="100" />
            <source>+ %Ln more currency(ies)</source>
            <translation>
                <numerusform>+ %Ln ارز دیگر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="108" />
            <source>All periods</source>
            <translation>همهٔ دوره‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="110" />
            <source>No close date</source>
            <translation>بدون تاریخ بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="112" />
            <source>Q{quarter} {year}</source>
            <translation>فصل {quarter} {year}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="123" />
            <source>Undated</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="128" />
            <source>Q{quarter}</source>
            <translation>فصل {quarter}</translation>
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
            <translation>فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="84" />
            <source>Prospect</source>
            <comment>seeded</comment>
            <translation>مشتری بالقوه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="85" />
            <source>Qualified</source>
            <comment>seeded</comment>
            <translation>واجد شرایط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Proposal</source>
            <comment>seeded</comment>
            <translation>پیشنهاد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>Negotiation</source>
            <comment>seeded</comment>
            <translation>مذاکره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="88" />
            <source>Commitment</source>
            <comment>seeded</comment>
            <translation>تعهد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="89" />
            <source>Price</source>
            <comment>seeded</comment>
            <translation>قیمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Product fit</source>
            <comment>seeded</comment>
            <translation>تناسب محصول</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>Relationship</source>
            <comment>seeded</comment>
            <translation>رابطه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>Service and support</source>
            <comment>seeded</comment>
            <translation>خدمات و پشتیبانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="93" />
            <source>Timing</source>
            <comment>seeded</comment>
            <translation>زمان‌بندی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="94" />
            <source>Other</source>
            <comment>seeded</comment>
            <translation>سایر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="95" />
            <source>Competitor</source>
            <comment>seeded</comment>
            <translation>رقیب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="96" />
            <source>No budget</source>
            <comment>seeded</comment>
            <translation>نبود بودجه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="97" />
            <source>No decision</source>
            <comment>seeded</comment>
            <translation>عدم تصمیم‌گیری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="98" />
            <source>Decision maker</source>
            <comment>seeded</comment>
            <translation>تصمیم‌گیرنده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="99" />
            <source>Economic buyer</source>
            <comment>seeded</comment>
            <translation>دارندهٔ بودجه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="100" />
            <source>Influencer</source>
            <comment>seeded</comment>
            <translation>اثرگذار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="101" />
            <source>Champion</source>
            <comment>seeded</comment>
            <translation>حامی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="102" />
            <source>Technical evaluator</source>
            <comment>seeded</comment>
            <translation>ارزیاب فنی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="103" />
            <source>User</source>
            <comment>seeded</comment>
            <translation>کاربر</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="52" />
            <source>&amp;Board</source>
            <translation>&amp;تابلو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="53" />
            <source>The open deals as cards in a column per stage; drag a card to move the deal</source>
            <translation>معامله‌های باز به‌صورت کارت در یک ستون برای هر مرحله؛ برای جابه‌جایی معامله، کارت را بکشید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="57" />
            <source>&amp;Forecast</source>
            <translation>&amp;پیش‌بینی فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="58" />
            <source>Weighted and unweighted totals by the month or quarter deals should close</source>
            <translation>جمع‌های وزن‌دار و بدون وزن بر اساس ماه یا فصلی که معامله‌ها باید بسته شوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="60" />
            <source>&amp;Pipelines…</source>
            <translation>&amp;قیف‌های فروش…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="61" />
            <source>Add, rename, reorder and remove pipelines and their stages</source>
            <translation>افزودن، تغییر نام، تغییر ترتیب و برداشتن قیف‌های فروش و مراحل آن‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="235" />
            <source>&amp;New Deal</source>
            <translation>&amp;معاملهٔ جدید</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="236" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="237" />
            <source>Deals: {count}</source>
            <translation>معامله‌ها: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="238" />
            <source>No deals yet</source>
            <translation>هنوز معامله‌ای وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="239" />
            <source>Your sales opportunities are followed here, stage by stage through a pipeline: what each is worth, who is on it and when it should close.</source>
            <translation>فرصت‌های فروش شما اینجا، مرحله به مرحله در یک قیف فروش، پیگیری می‌شوند: ارزش هر کدام، افراد مرتبط و زمانی که باید بسته شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="244" />
            <source>No deals match the filter</source>
            <translation>هیچ معامله‌ای با فیلتر مطابقت ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="245" />
            <source>Select a deal to see its card.</source>
            <translation>برای دیدن کارت یک معامله، آن را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="246" />
            <source>&amp;Deal</source>
            <translation>&amp;معامله</translation>
        </message>
    </context>
    <context>
        <name>DesktopSession</name>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="59" />
            <source>{name} is open in another Cardfile window.</source>
            <translation>{name} در پنجرهٔ دیگری از Cardfile باز است.</translation>
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
            <translation>نام یکسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="24" />
            <source>same name but for accents or case</source>
            <translation>نام یکسان با تفاوت در اعراب یا حروف بزرگ و کوچک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="25" />
            <source>same name, words in another order</source>
            <translation>نام یکسان، با ترتیب دیگری از واژه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="26" />
            <source>same name in another script</source>
            <translation>نام یکسان به خطی دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="27" />
            <source>name a typo apart</source>
            <translation>نام با یک غلط تایپی تفاوت دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="28" />
            <source>similar name</source>
            <translation>نام مشابه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="30" />
            <source>same email {detail}</source>
            <translation>ایمیل یکسان {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="31" />
            <source>same phone {detail}</source>
            <translation>تلفن یکسان {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="32" />
            <source>same vCard UID</source>
            <translation>vCard UID یکسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="33" />
            <source>same company {detail}</source>
            <translation>شرکت یکسان {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="34" />
            <source>same birthday {detail}</source>
            <translation>تاریخ تولد یکسان {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="35" />
            <source>same title {detail}</source>
            <translation>سمت یکسان {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="36" />
            <source>same website {detail}</source>
            <translation>وب‌سایت یکسان {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="37" />
            <source>same address</source>
            <translation>نشانی یکسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="46" />
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="54" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="55" />
            <source>Name (phonetic)</source>
            <translation>نام (آوایی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="56" />
            <source>Photo</source>
            <translation>عکس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="57" />
            <source>Logo</source>
            <translation>لوگو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="58" />
            <source>Nickname</source>
            <translation>نام مستعار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="59" />
            <source>Title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="60" />
            <source>Department</source>
            <translation>واحد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="61" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="62" />
            <source>Parent company</source>
            <translation>شرکت مادر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="63" />
            <source>Industry</source>
            <translation>صنعت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="64" />
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="65" />
            <source>Birthday</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="66" />
            <source>Anniversary</source>
            <translation>سالگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="67" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="68" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="69" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="70" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="71" />
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="72" />
            <source>Web</source>
            <translation>وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="73" />
            <source>Messaging</source>
            <translation>پیام‌رسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="74" />
            <source>Dates</source>
            <translation>تاریخ‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="75" />
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="76" />
            <source>Other vCard properties</source>
            <translation>سایر ویژگی‌های vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="86" />
            <source>A record cannot be merged with itself.</source>
            <translation>یک رکورد را نمی‌توان با خودش ادغام کرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="87" />
            <source>“{record}” is no longer there.</source>
            <translation>«{record}» دیگر وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="88" />
            <source>A person and a company cannot be merged.</source>
            <translation>یک شخص و یک شرکت را نمی‌توان ادغام کرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="89" />
            <source>“{record}” is in the Trash or was merged already; restore or unmerge it first.</source>
            <translation>«{record}» در سطل زباله است یا پیش‌تر ادغام شده است؛ ابتدا آن را بازیابی یا ادغامش را لغو کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="93" />
            <source>This merge was taken back already.</source>
            <translation>این ادغام پیش‌تر لغو شده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="94" />
            <source>One of the records was erased for good; the merge cannot be taken back.</source>
            <translation>یکی از رکوردها برای همیشه پاک شده است؛ ادغام را نمی‌توان لغو کرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="95" />
            <source>“{record}” was merged into another record since; unmerge that merge first.</source>
            <translation>«{record}» از آن زمان در رکورد دیگری ادغام شده است؛ ابتدا آن ادغام را لغو کنید.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="41" />
            <source>(no name)</source>
            <translation>(بدون نام)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="54" />
            <source>{first} and {second}: {score} — {why}</source>
            <translation>{first} و {second}: {score} — {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="65" />
            <source>No two cards share an email address or a phone number, or have the same name with the same company, address or birthday. Pairs you marked as not duplicates are not shown again.</source>
            <translation>هیچ دو کارتی نشانی ایمیل یا شمارهٔ تلفن مشترک ندارند، یا نام یکسان با شرکت، نشانی یا تاریخ تولد یکسان ندارند. جفت‌هایی که به‌عنوان غیرتکراری علامت زده‌اید دوباره نمایش داده نمی‌شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="81" />
            <source>Cards</source>
            <translation>کارت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="82" />
            <source>Score</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="83" />
            <source>Why</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="99" />
            <source>Duplicates</source>
            <translation>موارد تکراری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="100" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="228" />
            <source>No duplicates found</source>
            <translation>مورد تکراری‌ای یافت نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="113" />
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="114" />
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="116" />
            <source>&amp;Look among:</source>
            <translation>&amp;جستجو در میان:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="118" />
            <source>&amp;Scan Again</source>
            <translation>&amp;پویش دوباره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="126" />
            <source>S&amp;top</source>
            <translation>&amp;توقف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="149" />
            <source>&amp;Compare and Merge…</source>
            <translation>&amp;مقایسه و ادغام…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="152" />
            <source>Show the cards side by side and merge them into one</source>
            <translation>کارت‌ها را کنار هم نشان بده و در یک کارت ادغام کن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="155" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;غیرتکراری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="158" />
            <source>These are different people (or companies): never propose them again</source>
            <translation>این‌ها افراد (یا شرکت‌های) متفاوتی هستند: دیگر هرگز پیشنهاد نشوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>&amp;Open</source>
            <translation>&amp;باز کردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>Show the first card in its list</source>
            <translation>نمایش کارت اول در فهرست آن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="163" />
            <source>&amp;Marked Pairs…</source>
            <translation>جفت‌های &amp;علامت‌خورده…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="165" />
            <source>The pairs marked as not duplicates, to take a mark back</source>
            <translation>جفت‌هایی که به‌عنوان غیرتکراری علامت خورده‌اند، برای برداشتن علامت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="186" />
            <source>Reading the cards…</source>
            <translation>در حال خواندن کارت‌ها…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="187" />
            <source>Comparing…</source>
            <translation>در حال مقایسه…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="188" />
            <source>Grouping…</source>
            <translation>در حال گروه‌بندی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="197" />
            <source>Looking for duplicates…</source>
            <translation>در حال جستجوی موارد تکراری…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="198" />
            <source>This takes a few seconds in a large address book.</source>
            <translation>این کار در یک دفترچهٔ نشانی بزرگ چند ثانیه طول می‌کشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="199" />
            <source>Looking for duplicates</source>
            <translation>جستجوی موارد تکراری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="211" />
            <source>The scan was stopped</source>
            <translation>پویش متوقف شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="212" />
            <source>Scan Again looks for duplicates from the start.</source>
            <translation>«پویش دوباره» جستجوی موارد تکراری را از ابتدا انجام می‌دهد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="234" />
            <source>The scan failed</source>
            <translation>پویش ناموفق بود</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="298" />
            <source>%Ln group(s) of possible duplicates</source>
            <translation>
                <numerusform>%Ln گروه از موارد احتمالاً تکراری</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="322" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="323" />
            <source>Card</source>
            <translation>کارت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="324" />
            <source>Marked</source>
            <translation>علامت‌خورده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="329" />
            <source>Not Duplicates</source>
            <translation>غیرتکراری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="330" />
            <source>No pairs are marked</source>
            <translation>هیچ جفتی علامت نخورده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="331" />
            <source>Cards you mark as not duplicates in the Duplicates view are listed here.</source>
            <translation>کارت‌هایی که در نمای موارد تکراری به‌عنوان غیرتکراری علامت می‌زنید اینجا فهرست می‌شوند.</translation>
        </message>
    </context>
    <context>
        <name>EntryLabel</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="147" />
            <source>work</source>
            <translation>کار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="148" />
            <source>home</source>
            <translation>منزل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="149" />
            <source>mobile</source>
            <translation>همراه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="150" />
            <source>fax</source>
            <translation>فکس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="151" />
            <source>other</source>
            <translation>دیگر</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="375" />
            <source>Preferred: use this one first</source>
            <translation>ترجیحی: ابتدا از این استفاده شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="380" />
            <source>Move up (Alt+Up)</source>
            <translation>انتقال به بالا (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="384" />
            <source>Move down (Alt+Down)</source>
            <translation>انتقال به پایین (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="388" />
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="470" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="471" />
            <source>Phone number</source>
            <translation>شمارهٔ تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="472" />
            <source>www.example.com</source>
            <translation>www.example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="473" />
            <source>User name or number</source>
            <translation>نام کاربری یا شماره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="488" />
            <source>Network or messenger</source>
            <translation>شبکه یا پیام‌رسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="491" />
            <source>Network</source>
            <translation>شبکه</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="467" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation>{path} با نسخهٔ جدیدتری از Cardfile نوشته شده است (طرح‌وارهٔ {found})؛ این نسخه طرح‌وارهٔ {supported} را می‌فهمد و آن را تغییر نمی‌دهد. برای باز کردن آن، نسخهٔ جدیدتر Cardfile را نصب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="472" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation>{path} آسیب دیده است یا پایگاه دادهٔ Cardfile نیست ({detail}). تغییری در آن داده نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="473" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation>{path} پایگاه دادهٔ SQLite برنامهٔ دیگری است، نه پایگاه دادهٔ Cardfile. تغییری در آن داده نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="476" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation>{path} توسط برنامهٔ دیگری یا پنجرهٔ دیگری از Cardfile قفل شده است؛ وقتی کار آن تمام شد دوباره امتحان کنید. چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="481" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation>{path} باز نمی‌شود: {detail}. چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="482" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation>{path} خوانده می‌شود اما اینجا قابل تغییر نیست ({detail}). چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="483" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation>{path} در یک بررسی آسیب‌دیده تشخیص داده شد ({checked_at}: {problem})؛ Cardfile آن را نمایش می‌دهد اما تغییرش نمی‌دهد. یک نسخهٔ پشتیبان را بازیابی کنید (cardfile db restore FILE) یا آن را تعمیر کنید (cardfile db repair). چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="488" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation>دیسکی که {path} روی آن است پر است؛ آخرین تغییر ذخیره نشد. کمی فضا آزاد کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="491" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation>از {path} در {target} نسخهٔ پشتیبان گرفته نشد: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="492" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation>نسخهٔ پشتیبان خودکار امروز از {path} گرفته نشد ({detail})؛ چیز دیگری آسیب ندید و Cardfile ظرف یک ساعت دوباره تلاش می‌کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="497" />
            <source>There is nothing to undo</source>
            <translation>چیزی برای واگرد وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="498" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation>فقط {owner} می‌تواند مالک این {record_type} یا خصوصی بودن آن را تغییر دهد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="499" />
            <source>No {record_type} with id {record_id}</source>
            <translation>هیچ {record_type} با شناسهٔ {record_id} وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="500" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation>همگام‌سازی هنوز سروری ندارد: یکی را در همگام‌سازی ▸ تنظیمات همگام‌سازی انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="501" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation>دسترسی به سرور همگام‌سازی {server} ممکن نیست: {detail}. تغییرات شما نگه داشته می‌شوند و بعداً همگام می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="504" />
            <source>The sync server {server} refused: {detail}</source>
            <translation>سرور همگام‌سازی {server} نپذیرفت: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="505" />
            <source>A sync of this database is running already.</source>
            <translation>همگام‌سازی این پایگاه داده از قبل در حال اجراست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="506" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation>همگام‌سازی با {server} ممکن نیست: {detail}. چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="507" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation>ورود به {server} با نام {user}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="508" />
            <source>There is no exchange rate from {source} to {target} yet: enter one in Exchange Rates…</source>
            <translation>هنوز نرخ تبدیلی از {source} به {target} وجود ندارد: یکی وارد کنید در نرخ‌های تبدیل ارز…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="511" />
            <source>No TrueType or OpenType font was found on this computer (looked in {folders}); install one (for example DejaVu Sans or Noto Sans) to make PDF reports.</source>
            <translation>هیچ قلم TrueType یا OpenType روی این رایانه یافت نشد (در {folders} جستجو شد)؛ برای ساختن گزارش‌های PDF یکی نصب کنید (برای نمونه DejaVu Sans یا Noto Sans).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="516" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation>همگام‌سازی متوقف شد. آنچه سرور تأیید کرده بود نگه داشته می‌شود؛ بقیه در همگام‌سازی بعدی فرستاده می‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="519" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation>هیچ ستونی نام افراد را ندارد و {column!r} شرکت آن‌ها را دارد: هر شخص با نام شرکتش نمایش داده می‌شود. ستون حاوی نام‌ها را به یک فیلد نام نگاشت کنید، یا همین‌طور درون‌ریزی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="524" />
            <source>Cannot merge {record}: {why}</source>
            <translation>ادغام {record} ممکن نیست: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="525" />
            <source>Cannot unmerge {record}: {why}</source>
            <translation>لغو ادغام {record} ممکن نیست: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="526" />
            <source>This card was merged into another; Unmerge in Lookup ▸ Merge History brings it back.</source>
            <translation>این کارت در کارت دیگری ادغام شده است؛ «لغو ادغام» در جستجوی شرطی ▸ تاریخچهٔ ادغام آن را برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="529" />
            <source>Cardfile did not send your password to {server}: the address starts with http://, so anyone on the network could read it. Use the server's https:// address, or tick “Send my password without encryption” in Sync Settings.</source>
            <translation>Cardfile گذرواژهٔ شما را به {server} نفرستاد: نشانی با http:// شروع می‌شود، پس هر کسی در شبکه می‌تواند آن را بخواند. از نشانی https:// سرور استفاده کنید، یا در تنظیمات همگام‌سازی گزینهٔ «ارسال گذرواژه بدون رمزنگاری» را علامت بزنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="535" />
            <source>Only {owner} or an administrator may erase this {record_type} for good; it stays in the Trash</source>
            <translation>فقط {owner} یا یک مدیر می‌تواند این {record_type} را برای همیشه پاک کند؛ در سطل زباله می‌ماند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="538" />
            <source>No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. Choose the field of the column that holds them.</source>
            <translation>هیچ ستونی به نام، شرکت یا نشانی ایمیل نگاشت نشده است، پس چیزی مخاطبان را از هم متمایز نمی‌کند. فیلد ستونی را که این‌ها را دارد انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="543" />
            <source>{file} is not a vCard file ({detail}); nothing was imported.</source>
            <translation>{file} فایل vCard نیست ({detail})؛ چیزی درون‌بری نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="544" />
            <source>{file} is not an iCalendar file ({detail}); nothing was imported.</source>
            <translation>{file} فایل iCalendar نیست ({detail})؛ چیزی درون‌بری نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="545" />
            <source>{file} is not a CSV file of contacts ({detail}); nothing was imported.</source>
            <translation>{file} فایل CSV مخاطبان نیست ({detail})؛ چیزی درون‌بری نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="546" />
            <source>Cannot read {file}: {detail}. Nothing was imported.</source>
            <translation>خواندن {file} ممکن نشد: {detail}. چیزی درون‌بری نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="547" />
            <source>There are no .vcf or .vcard files in {folder}; nothing was imported.</source>
            <translation>در {folder} هیچ فایل ‎.vcf یا ‎.vcard نیست؛ چیزی درون‌بری نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="548" />
            <source>Cannot write {target}: {detail}. Nothing was exported.</source>
            <translation>نوشتن {target} ممکن نشد: {detail}. چیزی برون‌بری نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="549" />
            <source>{file} is not a Google Contacts, Outlook or Cardfile export and its columns {columns} could not be matched to fields; choose which column holds which field. Nothing was imported.</source>
            <translation>{file} برون‌داد Google Contacts، Outlook یا Cardfile نیست و ستون‌های {columns} آن با هیچ فیلدی جور نشدند؛ مشخص کنید هر ستون کدام فیلد را دارد. چیزی درون‌بری نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="554" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation>هیچ کلیدساز (keyring) روی این رایانه در دسترس نیست، پس ورود همگام‌سازی به خاطر سپرده نمی‌شود: Cardfile پس از هر بار اجرا دوباره گذرواژه را می‌پرسد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="559" />
            <source>“{what}” matches several records: {candidates}. Choose one of them.</source>
            <translation>«{what}» با چند رکورد جور درمی‌آید: {candidates}. یکی از آن‌ها را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="560" />
            <source>This was changed elsewhere in the meantime; look at it again and repeat the change.</source>
            <translation>این در این فاصله جای دیگری تغییر کرده است؛ دوباره آن را ببینید و تغییر را تکرار کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="597" />
            <source>Cardfile could not do this ({code}).</source>
            <translation>Cardfile نتوانست این کار را انجام دهد ({code}).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="611" />
            <location filename="../../src/cardfile/ui/words.py" line="797" />
            <source>Cardfile ran into an error of its own; the error report tells what happened.</source>
            <translation>Cardfile به خطایی درونی برخورد؛ گزارش خطا می‌گوید چه اتفاقی افتاد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="619" />
            <source>there is no such file or folder</source>
            <translation>چنین فایل یا پوشه‌ای وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="620" />
            <location filename="../../src/cardfile/ui/words.py" line="621" />
            <source>you do not have permission to use it</source>
            <translation>اجازهٔ استفاده از آن را ندارید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="622" />
            <source>the disk is full</source>
            <translation>دیسک پر است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="623" />
            <source>your disk quota is used up</source>
            <translation>سهمیهٔ دیسک شما تمام شده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="624" />
            <source>the disk can only be read, not written</source>
            <translation>دیسک فقط خواندنی است و نمی‌توان روی آن نوشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="625" />
            <source>it is a folder, not a file</source>
            <translation>این یک پوشه است، نه فایل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="626" />
            <source>a part of the path is not a folder</source>
            <translation>بخشی از مسیر پوشه نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="627" />
            <source>it exists already</source>
            <translation>از پیش وجود دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="628" />
            <source>the name is too long</source>
            <translation>نام بیش از حد طولانی است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="629" />
            <location filename="../../src/cardfile/ui/words.py" line="630" />
            <source>another program is using it</source>
            <translation>برنامهٔ دیگری از آن استفاده می‌کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="631" />
            <source>the disk could not be read or written (an input/output error)</source>
            <translation>خواندن از دیسک یا نوشتن روی آن ممکن نشد (خطای ورودی/خروجی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="632" />
            <location filename="../../src/cardfile/ui/words.py" line="633" />
            <source>too many files are open</source>
            <translation>تعداد فایل‌های باز بیش از حد است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="634" />
            <source>the file is too large</source>
            <translation>فایل بیش از حد بزرگ است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="635" />
            <source>the folder is not empty</source>
            <translation>پوشه خالی نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="636" />
            <source>its path goes round in a circle of links</source>
            <translation>مسیر آن در حلقه‌ای از پیوندها می‌چرخد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="637" />
            <source>the name cannot be used here</source>
            <translation>این نام را اینجا نمی‌توان به کار برد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="638" />
            <location filename="../../src/cardfile/ui/words.py" line="639" />
            <source>the disk or device is not there</source>
            <translation>دیسک یا دستگاه در دسترس نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="640" />
            <source>the connection was refused</source>
            <translation>اتصال رد شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="641" />
            <source>the connection was broken off</source>
            <translation>اتصال قطع شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="642" />
            <source>there was no answer in time</source>
            <translation>پاسخی به‌موقع نرسید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="643" />
            <location filename="../../src/cardfile/ui/words.py" line="644" />
            <source>the network cannot reach it</source>
            <translation>شبکه به آن دسترسی ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="647" />
            <source>the system refused (error {number})</source>
            <translation>سیستم نپذیرفت (خطای {number})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="657" />
            <source>Cannot use {file}: {problem}.</source>
            <translation>نمی‌توان از {file} استفاده کرد: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="658" />
            <source>The computer refused: {problem}.</source>
            <translation>رایانه نپذیرفت: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="667" />
            <source>it needs an upgrade to schema {schema} first, which writes to it</source>
            <translation>ابتدا باید به ساختار {schema} ارتقا یابد که روی آن می‌نویسد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="671" />
            <source>its contents are damaged</source>
            <translation>محتوای آن آسیب دیده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="672" />
            <source>its pages are damaged, which only a backup puts right</source>
            <translation>صفحه‌های آن آسیب دیده‌اند و فقط نسخهٔ پشتیبان آن را درست می‌کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="673" />
            <source>its compressed copy is damaged</source>
            <translation>رونوشت فشردهٔ آن آسیب دیده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="674" />
            <source>it is not an SQLite database file</source>
            <translation>فایل پایگاه دادهٔ SQLite نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="675" />
            <source>SQLite cannot open it</source>
            <translation>SQLite نمی‌تواند آن را باز کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="676" />
            <source>it can only be read</source>
            <translation>فقط خواندنی است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="678" />
            <source>the file is read-only for this user</source>
            <translation>فایل برای این کاربر فقط خواندنی است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="679" />
            <source>its folder is read-only for this user</source>
            <translation>پوشهٔ آن برای این کاربر فقط خواندنی است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="690" />
            <source>only {free} free on its disk for a copy of {needed}</source>
            <translation>تنها {free} فضای آزاد روی دیسک هست و رونوشت {needed} جا می‌خواهد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="699" />
            <source>it is empty</source>
            <translation>خالی است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="700" />
            <source>it holds binary data</source>
            <translation>دادهٔ دودویی دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="701" />
            <source>it has no header row</source>
            <translation>سطر سرستون ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="702" />
            <source>it is a vCard file</source>
            <translation>فایل vCard است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="703" />
            <source>it does not begin as one</source>
            <translation>آغازش مانند چنین فایلی نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="704" />
            <source>there is no such file</source>
            <translation>چنین فایلی وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="715" />
            <source>The column “{column}” cannot be mapped to “{target}”: that field takes no label or part.</source>
            <translation>ستون «{column}» را نمی‌توان به «{target}» نگاشت: آن فیلد برچسب یا بخش نمی‌پذیرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="719" />
            <source>The column “{column}” cannot be mapped to “{target}”: the field's parts are {parts}.</source>
            <translation>ستون «{column}» را نمی‌توان به «{target}» نگاشت: بخش‌های این فیلد {parts} هستند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="721" />
            <source>The column “{column}” cannot be mapped to “{target}”: that is not a field's name.</source>
            <translation>ستون «{column}» را نمی‌توان به «{target}» نگاشت: این نام یک فیلد نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="723" />
            <source>The column “{column}” cannot be mapped to “{target}”: there is no such field.</source>
            <translation>ستون «{column}» را نمی‌توان به «{target}» نگاشت: چنین فیلدی وجود ندارد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="738" />
            <source>The stage “{stage}” holds %Ln deal(s); choose the stage they move to: {stages}.</source>
            <translation>
                <numerusform>مرحلهٔ «{stage}» %Ln معامله دارد؛ مرحله‌ای را که به آن منتقل شوند انتخاب کنید: {stages}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="741" />
            <source>The pipeline “{pipeline}” holds %Ln deal(s); choose a stage of another pipeline for them.</source>
            <translation>
                <numerusform>قیف فروش «{pipeline}» %Ln معامله دارد؛ برای آن‌ها مرحله‌ای از قیف فروش دیگری انتخاب کنید.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A stage needs a name.</source>
            <translation>مرحله باید نام داشته باشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A pipeline needs a name.</source>
            <translation>قیف فروش باید نام داشته باشد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="768" />
            <source>A name can be at most %Ln character(s) long.</source>
            <translation>
                <numerusform>نام حداکثر %Ln نویسه می‌تواند باشد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="772" />
            <source>The pipeline “{pipeline}” already has a stage named “{name}”.</source>
            <translation>قیف فروش «{pipeline}» از قبل مرحله‌ای به نام «{name}» دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="775" />
            <source>There is already a pipeline named “{name}”.</source>
            <translation>قیف فروشی به نام «{name}» از قبل وجود دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="777" />
            <source>{stage}: a probability is a whole number from 0 to 100.</source>
            <translation>{stage}: احتمال عددی صحیح از ۰ تا ۱۰۰ است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="781" />
            <source>“{stage}” is the only stage of “{pipeline}”; a pipeline keeps at least one.</source>
            <translation>«{stage}» تنها مرحلهٔ «{pipeline}» است؛ هر قیف فروش دست‌کم یک مرحله دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="784" />
            <source>“{pipeline}” is the only pipeline; add another before removing it.</source>
            <translation>«{pipeline}» تنها قیف فروش است؛ پیش از حذف آن، قیف دیگری اضافه کنید.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="801" />
            <source>%Ln new contact(s)</source>
            <translation>
                <numerusform>%Ln مخاطب جدید</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="803" />
            <source>%Ln new company(ies)</source>
            <translation>
                <numerusform>%Ln شرکت جدید</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="805" />
            <source>%Ln changed record(s)</source>
            <translation>
                <numerusform>%Ln رکورد تغییریافته</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="806" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation>درون‌ریزی در میانهٔ راه متوقف شد. {cause} آنچه پیش از آن نوشته بود در پایگاه داده ماند: {kept}. پس از رفع مشکل، ویرایش ▸ واگرد همهٔ آن را در یک گام برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="810" />
            <source>the batches it had written</source>
            <translation>دسته‌هایی که نوشته بود</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="69" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Contacts</source>
            <translation>برون‌بری مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="84" />
            <source>All contacts and companies</source>
            <translation>همهٔ مخاطبان و شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="86" />
            <source>The selected records ({count})</source>
            <translation>رکوردهای انتخاب‌شده ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="88" />
            <source>A group</source>
            <translation>یک گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>A saved lookup</source>
            <translation>یک جستجوی شرطی ذخیره‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="93" />
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="102" />
            <source>vCard 3.0 (most compatible)</source>
            <translation>vCard 3.0 (سازگارترین)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="103" />
            <source>vCard 4.0</source>
            <translation>vCard 4.0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="104" />
            <source>CSV (spreadsheet)</source>
            <translation>CSV (صفحه‌گسترده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="105" />
            <source>iCalendar (.ics): activities, for calendar programs</source>
            <translation>iCalendar (.ics): فعالیت‌ها، برای برنامه‌های تقویم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>All activities</source>
            <translation>همهٔ فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="109" />
            <source>Those in a date range</source>
            <translation>فعالیت‌های یک بازهٔ زمانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>{name}'s activities</source>
            <translation>فعالیت‌های {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>A person's activities</source>
            <translation>فعالیت‌های یک شخص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="114" />
            <source>The selected activities ({count})</source>
            <translation>فعالیت‌های انتخاب‌شده ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="131" />
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="137" />
            <source>One file</source>
            <translation>یک فایل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="140" />
            <source>One file per contact, in a folder</source>
            <translation>یک فایل برای هر مخاطب، در یک پوشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="144" />
            <source>Where to write</source>
            <translation>محل نوشتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="147" />
            <source>Choose…</source>
            <translation>انتخاب…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="154" />
            <source>Export:</source>
            <translation>برون‌بری:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="155" />
            <source>Group:</source>
            <translation>گروه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="156" />
            <source>Lookup:</source>
            <translation>جستجوی شرطی:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="157" />
            <source>Format:</source>
            <translation>قالب:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="158" />
            <source>Activities:</source>
            <translation>فعالیت‌ها:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="159" />
            <source>From:</source>
            <translation>از:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="160" />
            <source>Write:</source>
            <translation>نوشتن:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="162" />
            <source>Destination:</source>
            <translation>مقصد:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="172" />
            <source>Export</source>
            <translation>برون‌بری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Activities</source>
            <translation>برون‌بری فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="248" />
            <source>Export into Folder</source>
            <translation>برون‌بری در پوشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>CSV files (*.csv)</source>
            <translation>فایل‌های CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Calendar files (*.ics)</source>
            <translation>فایل‌های تقویم (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="253" />
            <source>vCard files (*.vcf)</source>
            <translation>فایل‌های vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="255" />
            <source>Export to File</source>
            <translation>برون‌بری در فایل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="292" />
            <source>{done} of {total} exported</source>
            <translation>{done} از {total} برون‌بری شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="312" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="348" />
            <source>Exporting…</source>
            <translation>در حال برون‌بری…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="315" />
            <source>Exporting contacts</source>
            <translation>برون‌بری مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="351" />
            <source>Exporting activities</source>
            <translation>برون‌بری فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="365" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation>برون‌بری لغو شد؛ چیزی بر جا نماند.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="368" />
            <source>Exported %Ln record(s) to {target}.</source>
            <translation>
                <numerusform>%Ln رکورد در {target} برون‌بری شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="372" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="383" />
            <source>Cancelling…</source>
            <translation>در حال لغو…</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="255" />
            <source>Prefix</source>
            <translation>پیشوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="256" />
            <source>Given name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="257" />
            <source>Middle name</source>
            <translation>نام میانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="258" />
            <source>Family name</source>
            <translation>نام خانوادگی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="259" />
            <source>Suffix</source>
            <translation>پسوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="260" />
            <source>Nickname</source>
            <translation>نام مستعار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="261" />
            <location filename="../../src/cardfile/ui/words.py" line="262" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="263" />
            <source>Given name (phonetic)</source>
            <translation>نام (آوایی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="264" />
            <source>Middle name (phonetic)</source>
            <translation>نام میانی (آوایی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="265" />
            <source>Family name (phonetic)</source>
            <translation>نام خانوادگی (آوایی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="266" />
            <source>Title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="267" />
            <source>Department</source>
            <translation>واحد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="268" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="269" />
            <source>Parent company</source>
            <translation>شرکت مادر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="270" />
            <source>Industry</source>
            <translation>صنعت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="271" />
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="272" />
            <source>Birthday</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="273" />
            <source>Anniversary</source>
            <translation>سالگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="274" />
            <source>Photo</source>
            <translation>عکس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="275" />
            <source>Logo</source>
            <translation>لوگو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="276" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="277" />
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="278" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="279" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="280" />
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="281" />
            <source>Web</source>
            <translation>وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="282" />
            <source>Messaging</source>
            <translation>پیام‌رسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="283" />
            <source>Dates</source>
            <translation>تاریخ‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="284" />
            <source>Custom fields</source>
            <translation>فیلدهای سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>Owner</source>
            <translation>مالک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="286" />
            <source>Private</source>
            <translation>خصوصی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>Trash</source>
            <translation>سطل زباله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>vCard UID</source>
            <translation>vCard UID</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="289" />
            <source>Other vCard properties</source>
            <translation>سایر ویژگی‌های vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="291" />
            <source>Type</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="292" />
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="293" />
            <source>Details</source>
            <translation>جزئیات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="294" />
            <source>Starts</source>
            <translation>شروع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="295" />
            <source>Ends</source>
            <translation>پایان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="296" />
            <source>Any time that day</source>
            <translation>هر ساعتی در آن روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="297" />
            <source>All day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="298" />
            <source>Time zone</source>
            <translation>منطقهٔ زمانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="299" />
            <source>Priority</source>
            <translation>اولویت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="300" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="301" />
            <source>Result</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="302" />
            <source>Outcome</source>
            <translation>حاصل کار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="303" />
            <source>Happened</source>
            <translation>زمان انجام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="304" />
            <source>Cleared</source>
            <translation>ثبت انجام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="305" />
            <source>Alarm</source>
            <translation>هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="306" />
            <source>Alarm snoozed until</source>
            <translation>هشدار به تعویق افتاده تا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="307" />
            <source>Alarm dismissed</source>
            <translation>هشدار نادیده گرفته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="308" />
            <source>Repeats</source>
            <translation>تکرار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="309" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="310" />
            <source>Series</source>
            <translation>سری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="311" />
            <source>Occurrence</source>
            <translation>رخداد</translation>
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
            <translation>تغییر نام فیلد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>New Field</source>
            <translation>فیلد جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="147" />
            <source>One choice per line</source>
            <translation>هر گزینه در یک خط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="150" />
            <source>&amp;Choices:</source>
            <translation>&amp;گزینه‌ها:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="163" />
            <source>&amp;Name:</source>
            <translation>&amp;نام:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="164" />
            <source>&amp;Type:</source>
            <translation>نو&amp;ع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="165" />
            <source>&amp;Used for:</source>
            <translation>&amp;کاربرد برای:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="231" />
            <source>Any tag</source>
            <translation>هر برچسبی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="232" />
            <source>Any group</source>
            <translation>هر گروهی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="233" />
            <source>No lookup</source>
            <translation>بدون جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="244" />
            <source>&amp;Tag:</source>
            <translation>&amp;برچسب:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="245" />
            <source>&amp;Group:</source>
            <translation>&amp;گروه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="246" />
            <source>&amp;Lookup:</source>
            <translation>&amp;جستجوی شرطی:</translation>
        </message>
    </context>
    <context>
        <name>Forecast</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="113" />
            <source>Period</source>
            <translation>دوره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="114" />
            <source>Owner</source>
            <translation>مالک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="115" />
            <source>Currency</source>
            <translation>ارز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="116" />
            <source>Open deals</source>
            <translation>معامله‌های باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="117" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="490" />
            <source>Total</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="118" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="485" />
            <source>Weighted</source>
            <translation>وزن‌دار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="119" />
            <source>Won deals</source>
            <translation>معامله‌های موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="120" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="166" />
            <source>Everyone</source>
            <translation>همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="168" />
            <source>{currency} (converted)</source>
            <translation>{currency} (تبدیل‌شده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="205" />
            <source>Exchange Rates</source>
            <translation>نرخ‌های تبدیل ارز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="210" />
            <source>Totals in {target} are worked out at these rates. Enter the rates you use; they are kept with this database.</source>
            <translation>جمع‌ها به {target} با این نرخ‌ها محاسبه می‌شوند. نرخ‌هایی را که استفاده می‌کنید وارد کنید؛ این نرخ‌ها همراه این پایگاه داده نگه داشته می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="224" />
            <source>rate</source>
            <translation>نرخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="229" />
            <source>1 {currency} =</source>
            <translation>1 {currency} =</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="249" />
            <source>1 {currency} = {typed} {target}: a rate is a positive number, such as {example}.</source>
            <translation>1 {currency} = {typed} {target}: نرخ باید عددی مثبت باشد، مانند {example}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="280" />
            <source>By month</source>
            <translation>به تفکیک ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="281" />
            <source>By quarter</source>
            <translation>به تفکیک فصل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="284" />
            <source>Everyone together</source>
            <translation>همه با هم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="285" />
            <source>Per owner</source>
            <translation>به تفکیک مالک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="288" />
            <source>Add every currency up in one, at exchange rates you enter</source>
            <translation>جمع همهٔ ارزها در یک ارز، با نرخ‌های تبدیلی که وارد می‌کنید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="289" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="416" />
            <source>Each currency apart</source>
            <translation>هر ارز جداگانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="290" />
            <source>Exchange &amp;Rates…</source>
            <translation>نرخ‌های &amp;تبدیل ارز…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="305" />
            <source>The currency the chart shows</source>
            <translation>ارزی که نمودار نشان می‌دهد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="402" />
            <source>(Exchange Rates…)</source>
            <translation>(نرخ‌های تبدیل ارز…)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="418" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="425" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="538" />
            <source>All in {currency}</source>
            <translation>همه به {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="437" />
            <source>Lines marked “converted” add every currency up in {target} at the exchange rates you entered: {rates}.</source>
            <translation>سطرهایی که «تبدیل‌شده» علامت خورده‌اند همهٔ ارزها را با نرخ‌های تبدیلی که وارد کرده‌اید به {target} جمع می‌زنند: {rates}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="440" />
            <source>none needed</source>
            <translation>نیازی نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="444" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won. Each currency has its own lines: nothing is added across currencies.</source>
            <translation>معامله‌های باز در دورهٔ تاریخ پیش‌بینی‌شدهٔ بستنشان، وزن‌دار بر اساس احتمالشان، شمرده می‌شوند؛ معامله‌های موفق در دوره‌ای که موفق شدند. هر ارز سطرهای خودش را دارد: هیچ جمعی میان ارزها انجام نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 12 months, in</source>
            <translation>دوازده ماه آینده، به</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 8 quarters, in</source>
            <translation>هشت فصل آینده، به</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="487" />
            <source>weighted</source>
            <translation>وزن‌دار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="492" />
            <source>total</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="515" />
            <source>{period}, {owner}</source>
            <translation>{period}، {owner}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="555" />
            <source>{period}: {amount} {what}, %Ln open deal(s)</source>
            <translation>
                <numerusform>{period}: {amount} {what}، %Ln معاملهٔ باز</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="107" />
            <source>Add to Group</source>
            <translation>افزودن به گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="109" />
            <source>Group, or the name of a new one</source>
            <translation>گروه، یا نام یک گروه جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="118" />
            <source>A new group “{name}” will be made.</source>
            <translation>گروه جدید «{name}» ساخته خواهد شد.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="102" />
            <source>Window</source>
            <translation>پنجره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="126" />
            <source>Keyboard Shortcuts</source>
            <translation>میان‌برهای صفحه‌کلید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Where</source>
            <translation>محل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>What it does</source>
            <translation>کارکرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Keys</source>
            <translation>کلیدها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="144" />
            <source>In a text field, the usual editing keys (Ctrl+C, Ctrl+Z …) work on the text.</source>
            <translation>در یک فیلد متنی، کلیدهای معمول ویرایش (Ctrl+C، Ctrl+Z …) روی متن کار می‌کنند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="185" />
            <source>Cardfile User Guide</source>
            <translation>راهنمای کاربر Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="195" />
            <source>The user guide is missing from this installation of Cardfile.</source>
            <translation>راهنمای کاربر در این نصب Cardfile وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="46" />
            <source>the email address is not valid</source>
            <translation>نشانی ایمیل معتبر نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="47" />
            <source>the phone number holds no digit</source>
            <translation>شمارهٔ تلفن هیچ رقمی ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="48" />
            <source>the web address is not valid</source>
            <translation>نشانی وب معتبر نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="49" />
            <source>the handle is not valid</source>
            <translation>شناسهٔ کاربری معتبر نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="50" />
            <source>the date is not a real date</source>
            <translation>چنین تاریخی وجود ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="51" />
            <source>the address is not valid</source>
            <translation>نشانی معتبر نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="52" />
            <source>the value is not valid</source>
            <translation>مقدار معتبر نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="57" />
            <source>the same vCard UID</source>
            <translation>همان UID کارت vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="58" />
            <source>the same email address</source>
            <translation>همان نشانی ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="59" />
            <source>the same phone number</source>
            <translation>همان شمارهٔ تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="60" />
            <source>the same name and company</source>
            <translation>همان نام و شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="70" />
            <source>the card has no BEGIN:VCARD line</source>
            <translation>کارت سطر BEGIN:VCARD ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="71" />
            <source>the card is not closed: the file ends before END:VCARD</source>
            <translation>کارت بسته نشده است: پرونده پیش از END:VCARD تمام می‌شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="72" />
            <source>the card is not closed: END:VCARD is missing before line {line}</source>
            <translation>کارت بسته نشده است: پیش از سطر {line}، END:VCARD نیامده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="75" />
            <source>the card is larger than {mb} MB</source>
            <translation>کارت از {mb} مگابایت بزرگ‌تر است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="76" />
            <source>the lines after the last card are not a card</source>
            <translation>سطرهای پس از آخرین کارت، کارت نیستند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="78" />
            <source>the card is empty: it holds no name, address, date, note, photo or any other value</source>
            <translation>کارت خالی است: هیچ نام، نشانی، تاریخ، یادداشت، عکس یا مقدار دیگری ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="79" />
            <source>the card is a vCard of kind “{kind}”, not a person or an organization</source>
            <translation>این کارت یک vCard از نوع «{kind}» است، نه شخص یا سازمان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="82" />
            <source>the card could not be read: its text is damaged or in an unknown encoding</source>
            <translation>کارت خوانده نشد: متن آن آسیب دیده یا با رمزگذاری ناشناخته است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="84" />
            <source>the line is not a vCard property and was skipped</source>
            <translation>این سطر ویژگی vCard نیست و نادیده گرفته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="85" />
            <source>the name (N) has more than five parts; the rest were ignored</source>
            <translation>نام (N) بیش از پنج بخش دارد؛ بقیه نادیده گرفته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="86" />
            <source>{property} “{value}” is not a date; it was kept as an extra vCard property</source>
            <translation>{property} «{value}» تاریخ نیست؛ به‌صورت ویژگی اضافی vCard نگه داشته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="89" />
            <source>the picture ({property}) could not be read; it was kept as an extra vCard property</source>
            <translation>تصویر ({property}) خوانده نشد؛ به‌صورت ویژگی اضافی vCard نگه داشته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="92" />
            <source>{problem}; it was kept as an extra vCard property</source>
            <translation>{problem}؛ به‌صورت ویژگی اضافی vCard نگه داشته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="96" />
            <source>{header}: {problem}; it was kept in the note</source>
            <translation>{header}: {problem}؛ در یادداشت نگه داشته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="99" />
            <source>the row is empty: every value it holds is left out</source>
            <translation>ردیف خالی است: همهٔ مقدارهای آن کنار گذاشته می‌شوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="101" />
            <source>the {block} is incomplete (no END:{block})</source>
            <translation>{block} ناقص است (END:{block} ندارد)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="102" />
            <source>the event has no start (DTSTART)</source>
            <translation>رویداد زمان شروع (DTSTART) ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="103" />
            <source>line {line}: the end is a date and the start a time, or the other way round</source>
            <translation>سطر {line}: پایان، تاریخ است و شروع، زمان؛ یا برعکس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="106" />
            <source>line {line}: it ends before it starts</source>
            <translation>سطر {line}: پیش از شروع، پایان می‌یابد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="107" />
            <source>line {line}: a repeating item needs a start</source>
            <translation>سطر {line}: مورد تکرارشونده باید زمان شروع داشته باشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="108" />
            <source>line {line}: Cardfile cannot use this repeat rule (RRULE)</source>
            <translation>سطر {line}: Cardfile نمی‌تواند از این قاعدهٔ تکرار (RRULE) استفاده کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="109" />
            <source>line {line}: {property} “{value}” is not a date or time</source>
            <translation>سطر {line}: {property} «{value}» تاریخ یا زمان نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="112" />
            <source>line {line}: unknown time zone “{zone}”</source>
            <translation>سطر {line}: منطقهٔ زمانی ناشناخته «{zone}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="113" />
            <source>line {line}: {property} “{value}” is not a duration</source>
            <translation>سطر {line}: {property} «{value}» مدت زمان نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="116" />
            <source>it has no UID: importing it again will make a second copy</source>
            <translation>UID ندارد: وارد کردن دوباره‌اش یک نسخهٔ دوم می‌سازد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/problems.py" line="117" />
            <source>line {line}: an alarm %Ln minute(s) ahead is kept as 30 days ahead</source>
            <translation>
                <numerusform>سطر {line}: یادآور %Ln دقیقه پیش از آن، به‌صورت ۳۰ روز پیش نگه داشته شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="121" />
            <source>skipped as chosen</source>
            <translation>طبق انتخاب شما رد شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="122" />
            <source>the same person as a contact already there ({matched})</source>
            <translation>همان شخصِ مخاطبی است که از پیش هست ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="125" />
            <source>the same company as one already there ({matched})</source>
            <translation>همان شرکتی است که از پیش هست ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="128" />
            <source>line {line}: {problem}</source>
            <translation>سطر {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="43" />
            <source>Check the events and to-dos</source>
            <translation>بررسی رویدادها و کارها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Repeats</source>
            <translation>تکرار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Already imported</source>
            <translation>پیش‌تر درون‌ریزی شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="56" />
            <source>Update them from the file</source>
            <translation>به‌روزرسانی آن‌ها از روی فایل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="57" />
            <source>Leave them as they are</source>
            <translation>همان‌طور که هستند بمانند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="59" />
            <source>Items imported before:</source>
            <translation>مواردی که پیش‌تر درون‌ریزی شده‌اند:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="75" />
            <source>(line {line})</source>
            <translation>(خط {line})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="78" />
            <source>no date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>repeats</source>
            <translation>تکرارشونده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>one occurrence</source>
            <translation>یک رخداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>(no subject)</source>
            <translation>(بدون موضوع)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="89" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="174" />
            <source>Line {line} of {file}: {reason}</source>
            <translation>خط {line} از {file}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="100" />
            <source>{files}: the first %Ln item(s), {known} imported before, {rejected} not importable.</source>
            <translation>
                <numerusform>{files}: نخستین %Ln مورد، {known} پیش‌تر درون‌ریزی شده، {rejected} غیرقابل درون‌ریزی.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="103" />
            <source>Items after these are imported too.</source>
            <translation>موارد پس از این‌ها هم درون‌ریزی می‌شوند.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="104" />
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln فایل</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Import as new</source>
            <translation>درون‌ریزی به‌عنوان جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Update existing</source>
            <translation>به‌روزرسانی مورد موجود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Skip</source>
            <translation>رد کردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="81" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="185" />
            <source>(no name)</source>
            <translation>(بدون نام)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="86" />
            <source>(no title)</source>
            <translation>(بدون عنوان)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="91" />
            <source>same vCard UID</source>
            <translation>vCard UID یکسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="92" />
            <source>same email</source>
            <translation>ایمیل یکسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="93" />
            <source>same phone</source>
            <translation>تلفن یکسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="94" />
            <source>same name and company</source>
            <translation>نام و شرکت یکسان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Duplicate of</source>
            <translation>تکراریِ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Decision</source>
            <translation>تصمیم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="188" />
            <source>Line {line}: {reason}</source>
            <translation>خط {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="195" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="198" />
            <source>Cannot import</source>
            <translation>درون‌ریزی ممکن نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="285" />
            <source>Add the files to import with Add Files… or Add Folder…, or drop them here.</source>
            <translation>فایل‌های مورد نظر برای درون‌ریزی را با «افزودن فایل‌ها…» یا «افزودن پوشه…» اضافه کنید، یا آن‌ها را اینجا رها کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="296" />
            <source>Choose files to import</source>
            <translation>انتخاب فایل‌ها برای درون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="298" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, CSV files, or calendar files (.ics) from Outlook, Google Calendar, Apple Calendar or Thunderbird.</source>
            <translation>فایل‌های vCard (.vcf، .vcard) از گوشی‌ها، Outlook، Gmail یا Apple Contacts، فایل‌های CSV، یا فایل‌های تقویم (.ics) از Outlook، Google Calendar، Apple Calendar یا Thunderbird.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="307" />
            <source>Add Files…</source>
            <translation>افزودن فایل‌ها…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="309" />
            <source>Add Folder…</source>
            <translation>افزودن پوشه…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="311" />
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="333" />
            <source>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what each column holds next.</source>
            <translation>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. فایل CSV هر برنامهٔ دیگری هم کار می‌کند: در گام بعد انتخاب می‌کنید هر ستون چه چیزی را در بر دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="352" />
            <source>Contact files ({patterns})</source>
            <translation>فایل‌های مخاطب ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="353" />
            <source>CSV files (*.csv)</source>
            <translation>فایل‌های CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="354" />
            <source>All files (*)</source>
            <translation>همهٔ فایل‌ها (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="358" />
            <source>Import Files</source>
            <translation>درون‌ریزی فایل‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="363" />
            <source>Import a Folder</source>
            <translation>درون‌ریزی یک پوشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="392" />
            <source>Check the cards</source>
            <translation>بررسی کارت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="394" />
            <source>Choose what happens to each card that duplicates a contact already here.</source>
            <translation>انتخاب کنید با هر کارتی که تکراریِ مخاطبی موجود است چه شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="422" />
            <source>Other duplicates:</source>
            <translation>موارد تکراری دیگر:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="446" />
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln کارت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="447" />
            <source>from %Ln file(s)</source>
            <translation>
                <numerusform>از %Ln فایل</numerusform>
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
            <translation>نخستین {cards} {files}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="452" />
            <source>%Ln duplicate(s)</source>
            <translation>
                <numerusform>%Ln مورد تکراری</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="453" />
            <source>%Ln not importable</source>
            <translation>
                <numerusform>%Ln مورد غیرقابل درون‌ریزی</numerusform>
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
            <translation>کارت‌های پس از این‌ها هم درون‌ریزی می‌شوند؛ موارد تکراری آن‌ها از انتخاب زیر پیروی می‌کنند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="485" />
            <source>Importing</source>
            <translation>در حال درون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="486" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation>«انصراف» هر آنچه را این درون‌ریزی نوشته است برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="487" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="500" />
            <source>Starting…</source>
            <translation>در حال شروع…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="521" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="553" />
            <source>Import finished</source>
            <translation>درون‌ریزی پایان یافت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="522" />
            <source>What was imported, and each card that was not, with why.</source>
            <translation>آنچه درون‌ریزی شد، و هر کارتی که درون‌ریزی نشد، همراه با دلیل.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="526" />
            <source>Cards that were not imported or were skipped, and why:</source>
            <translation>کارت‌هایی که درون‌ریزی نشدند یا رد شدند، و دلیل آن:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>File</source>
            <translation>فایل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Line</source>
            <translation>خط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Card</source>
            <translation>کارت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>What happened</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Why</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="550" />
            <source>Import cancelled</source>
            <translation>درون‌ریزی لغو شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="551" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation>درون‌ریزی لغو شد. چیزی درون‌ریزی نشد و چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="554" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation>{imported} به‌عنوان جدید درون‌ریزی شد، {updated} به‌روزرسانی شد، {skipped} رد شد، {rejected} درون‌ریزی نشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="563" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation>ویرایش ▸ واگرد کل درون‌ریزی را برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="565" />
            <source>Not imported</source>
            <translation>درون‌ریزی نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="566" />
            <source>Skipped</source>
            <translation>رد شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="609" />
            <source>Import Contacts</source>
            <translation>درون‌ریزی مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="633" />
            <source>Import</source>
            <translation>درون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="660" />
            <source>Import calendar files (.ics) apart from vCard and CSV files.</source>
            <translation>فایل‌های تقویم (.ics) را جدا از فایل‌های vCard و CSV درون‌ریزی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="721" />
            <source>Importing calendar files</source>
            <translation>درون‌ریزی فایل‌های تقویم</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="741" />
            <source>%Ln card(s) read: {imported} new, {updated} updated</source>
            <translation>
                <numerusform>%Ln کارت خوانده شد: {imported} جدید، {updated} به‌روزرسانی‌شده</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="757" />
            <source>Importing contacts</source>
            <translation>درون‌ریزی مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="767" />
            <source>Cancelling: taking back what was imported…</source>
            <translation>در حال لغو: برگرداندن آنچه درون‌ریزی شده بود…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="784" />
            <source>Import failed</source>
            <translation>درون‌ریزی ناموفق بود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="786" />
            <source>Nothing was imported.</source>
            <translation>چیزی درون‌ریزی نشد.</translation>
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="156" />
            <source>Label: choose one or type your own</source>
            <translation>عنوان: یکی را انتخاب کنید یا عنوان خودتان را بنویسید</translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="117" />
            <source>%Ln week(s)</source>
            <translation>
                <numerusform>%Ln هفته</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="119" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln روز</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="123" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ساعت و {minutes} دقیقه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="125" />
            <source>{hours} h</source>
            <translation>{hours} ساعت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="126" />
            <source>{minutes} min</source>
            <translation>{minutes} دقیقه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="132" />
            <source>No alarm</source>
            <translation>بدون هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="134" />
            <source>At the start</source>
            <translation>در زمان شروع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="135" />
            <source>{length} before</source>
            <translation>{length} پیش از آن</translation>
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="524" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="525" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="526" />
            <source>Title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="527" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="528" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="529" />
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="530" />
            <source>Industry</source>
            <translation>صنعت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="531" />
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="532" />
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="533" />
            <source>File as</source>
            <translation>بایگانی به‌عنوان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="534" />
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="535" />
            <source>Updated</source>
            <translation>آخرین به‌روزرسانی</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="71" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="72" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="73" />
            <source>Prefix</source>
            <translation>پیشوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="74" />
            <source>Given name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="75" />
            <source>Middle name</source>
            <translation>نام میانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="76" />
            <source>Family name</source>
            <translation>نام خانوادگی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="77" />
            <source>Suffix</source>
            <translation>پسوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="78" />
            <source>Nickname</source>
            <translation>نام مستعار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="79" />
            <source>Title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="80" />
            <source>Department</source>
            <translation>واحد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="81" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="82" />
            <source>Industry</source>
            <translation>صنعت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="83" />
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="84" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="85" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="86" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="87" />
            <source>Email or phone</source>
            <translation>ایمیل یا تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="88" />
            <source>Street</source>
            <translation>خیابان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="89" />
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="90" />
            <source>Region</source>
            <translation>منطقه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="91" />
            <source>Postal code</source>
            <translation>کد پستی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="92" />
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="93" />
            <source>Web address</source>
            <translation>نشانی وب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="94" />
            <source>Tag</source>
            <translation>برچسب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="95" />
            <source>Birthday</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="96" />
            <source>Created</source>
            <translation>تاریخ ایجاد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="97" />
            <source>Last edited</source>
            <translation>آخرین ویرایش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="98" />
            <source>Last activity</source>
            <translation>آخرین فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="107" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="127" />
            <source>is before</source>
            <translation>پیش از</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="108" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="128" />
            <source>is after</source>
            <translation>پس از</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="109" />
            <source>is on</source>
            <translation>در تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="110" />
            <source>is not set</source>
            <translation>تعیین نشده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="111" />
            <source>is set</source>
            <translation>تعیین شده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has no tags</source>
            <translation>— هیچ برچسبی ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has any tag</source>
            <translation>— هر برچسبی دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="120" />
            <source>contains</source>
            <translation>شامل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="121" />
            <source>starts with</source>
            <translation>شروع با</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="122" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="123" />
            <source>is</source>
            <translation>برابر است با</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="124" />
            <source>is not</source>
            <translation>برابر نیست با</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="125" />
            <source>is empty</source>
            <translation>خالی است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="126" />
            <source>is not empty</source>
            <translation>خالی نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="129" />
            <source>is before, or none</source>
            <translation>پیش از، یا هیچ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="130" />
            <source>none for months:</source>
            <translation>هیچ در این تعداد ماه اخیر:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has neither</source>
            <translation>— هیچ‌کدام را ندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has one or both</source>
            <translation>— یکی یا هر دو را دارد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="548" />
            <source>%Ln company(ies) match.</source>
            <translation>
                <numerusform>شرکت‌های مطابق: %Ln.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="549" />
            <source>%Ln contact(s) match.</source>
            <translation>
                <numerusform>مخاطبان مطابق: %Ln.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>no</source>
            <translation>خیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> and </source>
            <translation> و </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> or </source>
            <translation> یا </translation>
        </message>
    </context>
    <context>
        <name>LookupBanner</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="744" />
            <source>Edit Lookup…</source>
            <translation>ویرایش جستجوی شرطی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="746" />
            <source>Show All</source>
            <translation>نمایش همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="759" />
            <source>Lookup “{title}”: {what}</source>
            <translation>جستجوی شرطی «{title}»: {what}</translation>
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
            <translation>ویرایش جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <source>New Lookup</source>
            <translation>جستجوی شرطی جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="367" />
            <source>Give it a name to save it as a group</source>
            <translation>برای ذخیره به‌عنوان گروه، نامی به آن بدهید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="370" />
            <source>Contacts</source>
            <translation>مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="371" />
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="374" />
            <source>all of these conditions</source>
            <translation>همهٔ این شرط‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="375" />
            <source>any of these conditions</source>
            <translation>هر یک از این شرط‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="377" />
            <source>Find</source>
            <translation>یافتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="379" />
            <source>that match</source>
            <translation>که مطابقت دارند با</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="383" />
            <source>&amp;Name:</source>
            <translation>&amp;نام:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="396" />
            <source>&amp;Add Condition</source>
            <translation>افزودن &amp;شرط</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="408" />
            <source>&amp;Run</source>
            <translation>&amp;اجرا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="570" />
            <source>&amp;Save Changes</source>
            <translation>&amp;ذخیرهٔ تغییرات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <source>&amp;Save as Group</source>
            <translation>ذخیره به‌عنوان &amp;گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="521" />
            <source>Looking up…</source>
            <translation>در حال جستجو…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="528" />
            <source>Looking up</source>
            <translation>در حال جستجو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="539" />
            <source>Lookup</source>
            <translation>جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="558" />
            <source>Give the lookup a name to save it.</source>
            <translation>برای ذخیرهٔ جستجوی شرطی، نامی به آن بدهید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="571" />
            <source>Saved as “{name}”.</source>
            <translation>با نام «{name}» ذخیره شد.</translation>
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
            <translation>تقویم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="261" />
            <source>&amp;New Database…</source>
            <translation>&amp;پایگاه دادهٔ جدید…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="264" />
            <source>&amp;Open Database…</source>
            <translation>&amp;باز کردن پایگاه داده…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="266" />
            <source>&amp;Back Up…</source>
            <translation>&amp;نسخهٔ پشتیبان…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="267" />
            <source>&amp;Import…</source>
            <translation>&amp;درون‌ریزی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="268" />
            <source>&amp;Export…</source>
            <translation>بر&amp;ون‌بری…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="269" />
            <source>Repor&amp;ts…</source>
            <translation>&amp;گزارش‌ها…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="270" />
            <source>Contact list, pipeline, forecast and activities: print, PDF, CSV</source>
            <translation>فهرست مخاطبان، قیف فروش، پیش‌بینی فروش و فعالیت‌ها: چاپ، PDF، CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="271" />
            <source>Import a vCard File…</source>
            <translation>درون‌ریزی فایل vCard…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="273" />
            <source>Import from Outlook, Google or a CSV File…</source>
            <translation>درون‌ریزی از Outlook، Google یا فایل CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="278" />
            <source>&amp;Settings…</source>
            <translation>&amp;تنظیمات…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="281" />
            <source>Cust&amp;om Fields…</source>
            <translation>&amp;فیلدهای سفارشی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="282" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="284" />
            <source>&amp;Undo</source>
            <translation>&amp;واگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="285" />
            <source>&amp;Redo</source>
            <translation>&amp;ازنو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="286" />
            <source>&amp;Find…</source>
            <translation>&amp;یافتن…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="287" />
            <source>R&amp;estore from Trash…</source>
            <translation>بازیابی از &amp;سطل زباله…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="289" />
            <source>&amp;New Lookup…</source>
            <translation>جستجوی شرطی &amp;جدید…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="291" />
            <source>&amp;Edit This Lookup…</source>
            <translation>&amp;ویرایش این جستجوی شرطی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="292" />
            <source>Show &amp;All Records</source>
            <translation>نمایش &amp;همهٔ رکوردها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="293" />
            <source>&amp;Saved Lookups…</source>
            <translation>جستجوهای شرطی &amp;ذخیره‌شده…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>Find &amp;Duplicates…</source>
            <translation>یافتن موارد &amp;تکراری…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="297" />
            <source>&amp;Merge History…</source>
            <translation>تاریخچهٔ &amp;ادغام…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>&amp;Merge Selected Cards…</source>
            <translation>اد&amp;غام کارت‌های انتخاب‌شده…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="302" />
            <source>Show the selected cards side by side and merge them (Ctrl+Shift+M)</source>
            <translation>کارت‌های انتخاب‌شده را کنار هم نشان بده و ادغامشان کن (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="308" />
            <source>Without &amp;Email or Phone</source>
            <translation>بدون &amp;ایمیل یا تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="309" />
            <source>Without a &amp;Company</source>
            <translation>بدون &amp;شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="310" />
            <source>No &amp;Activity for a Year</source>
            <translation>بدون &amp;فعالیت در یک سال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="312" />
            <source>Sync &amp;Now</source>
            <translation>همگام‌سازی &amp;اکنون</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="314" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation>تغییرات خود را به سرور همگام‌سازی بفرستید و تغییرات دیگران را دریافت کنید (F9)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="317" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1362" />
            <source>&amp;Conflicts…</source>
            <translation>&amp;تعارض‌ها…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="318" />
            <source>Sync &amp;Settings…</source>
            <translation>تنظیمات &amp;همگام‌سازی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="319" />
            <source>Show &amp;Navigation</source>
            <translation>نمایش &amp;ناوبری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="322" />
            <source>&amp;Print List…</source>
            <translation>&amp;چاپ فهرست…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="325" />
            <source>Print &amp;Card…</source>
            <translation>چاپ &amp;کارت…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="326" />
            <source>Cu&amp;t</source>
            <translation>&amp;برش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="327" />
            <source>&amp;Copy</source>
            <translation>&amp;کپی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="328" />
            <source>&amp;Paste</source>
            <translation>&amp;چسباندن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="332" />
            <source>&amp;Schedule…</source>
            <translation>&amp;زمان‌بندی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="336" />
            <source>Schedule a call, meeting or to-do, with the people selected in the list (Ctrl+Shift+A)</source>
            <translation>زمان‌بندی تماس تلفنی، جلسه یا کار، با افراد انتخاب‌شده در فهرست (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="338" />
            <source>&amp;Reminders…</source>
            <translation>&amp;یادآوری‌ها…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="340" />
            <source>Cardfile &amp;User Guide</source>
            <translation>&amp;راهنمای کاربر Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="342" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;میان‌برهای صفحه‌کلید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="344" />
            <source>&amp;About Cardfile</source>
            <translation>&amp;دربارهٔ Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="346" />
            <source>About &amp;Qt</source>
            <translation>دربارهٔ &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="362" />
            <source>&amp;Schedule Activity…</source>
            <translation>&amp;زمان‌بندی فعالیت…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="369" />
            <source>&amp;File</source>
            <translation>&amp;فایل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="374" />
            <source>Open &amp;Recent</source>
            <translation>باز کردن موارد &amp;اخیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="387" />
            <source>&amp;Edit</source>
            <translation>&amp;ویرایش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="399" />
            <source>&amp;View</source>
            <translation>&amp;نما</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="403" />
            <source>&amp;Contact</source>
            <translation>&amp;مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="406" />
            <source>&amp;Lookup</source>
            <translation>&amp;جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="410" />
            <source>&amp;Incomplete Records</source>
            <translation>رکوردهای &amp;ناقص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="413" />
            <source>&amp;Activities</source>
            <translation>ف&amp;عالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="418" />
            <source>&amp;Sync</source>
            <translation>&amp;همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="424" />
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="430" />
            <source>Search</source>
            <translation>جستجو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="506" />
            <source>{path} (read-only)</source>
            <translation>{path} (فقط‌خواندنی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="558" />
            <source>{title}  {badge}</source>
            <translation>{title}  {badge}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="624" />
            <source>That record is no longer in the list.</source>
            <translation>آن رکورد دیگر در فهرست نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="683" />
            <source>Nothing to undo.</source>
            <translation>چیزی برای واگرد نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="686" />
            <source>Nothing to redo.</source>
            <translation>چیزی برای ازنو نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="695" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="772" />
            <source>This page has no list to print.</source>
            <translation>این صفحه فهرستی برای چاپ ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="791" />
            <source>Select a record to print its card.</source>
            <translation>برای چاپ کارت یک رکورد، آن را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="832" />
            <location filename="../../src/cardfile/ui/main_window.py" line="842" />
            <source>New Database</source>
            <translation>پایگاه دادهٔ جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="834" />
            <source>Cardfile databases ({patterns})</source>
            <translation>پایگاه‌های دادهٔ Cardfile ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="843" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation>{path} از قبل وجود دارد. برای باز کردن آن از فایل ▸ باز کردن پایگاه داده استفاده کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="852" />
            <source>Open Database</source>
            <translation>باز کردن پایگاه داده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="854" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation>پایگاه‌های دادهٔ Cardfile ({patterns});;همهٔ فایل‌ها (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="864" />
            <location filename="../../src/cardfile/ui/main_window.py" line="882" />
            <source>Back Up Database</source>
            <translation>تهیهٔ نسخهٔ پشتیبان از پایگاه داده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="866" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation>نسخه‌های پشتیبان Cardfile (*.cardfile-backup);;همهٔ فایل‌ها (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="877" />
            <source>Backing up</source>
            <translation>در حال تهیهٔ نسخهٔ پشتیبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="880" />
            <source>Backed up to {path}</source>
            <translation>نسخهٔ پشتیبان در {path} ذخیره شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="892" />
            <source>Making the daily backup</source>
            <translation>در حال تهیهٔ نسخهٔ پشتیبان روزانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="895" />
            <source>Daily Backup</source>
            <translation>نسخهٔ پشتیبان روزانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="901" />
            <source>Daily backup made ({name}).</source>
            <translation>نسخهٔ پشتیبان روزانه تهیه شد ({name}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="931" />
            <source>Imported %Ln new record(s) and updated {updated}.</source>
            <translation>
                <numerusform>%Ln رکورد جدید درون‌ریزی و {updated} رکورد به‌روزرسانی شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="952" />
            <source>Imported just now</source>
            <translation>همین حالا درون‌ریزی شد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="971" />
            <source>Exported %Ln record(s) to {target}</source>
            <translation>
                <numerusform>%Ln رکورد در {target} برون‌بری شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="985" />
            <source>Saved {path}</source>
            <translation>{path} ذخیره شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1006" />
            <source>No other databases opened lately</source>
            <translation>اخیراً پایگاه دادهٔ دیگری باز نشده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1075" />
            <source>That lookup was deleted.</source>
            <translation>آن جستجوی شرطی حذف شده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1117" />
            <source>Without email or phone</source>
            <translation>بدون ایمیل یا تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1120" />
            <source>Without a company</source>
            <translation>بدون شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1123" />
            <source>No activity for a year</source>
            <translation>بدون فعالیت در یک سال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1143" />
            <source>Select two or more people (or companies) in the list to merge them.</source>
            <translation>برای ادغام، دو یا چند شخص (یا شرکت) را در فهرست انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1168" />
            <source>Merged into “{name}”. Edit ▸ Undo or Lookup ▸ Merge History takes it back.</source>
            <translation>در «{name}» ادغام شد. ویرایش ▸ واگرد یا جستجوی شرطی ▸ تاریخچهٔ ادغام آن را برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1182" />
            <source>Search “{query}”</source>
            <translation>جستجوی «{query}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1235" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation>جستجوی شرطی «{name}» ذخیره شد؛ آن را در منوی جستجوی شرطی بیابید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1338" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1340" />
            <source>Preparing search</source>
            <translation>در حال آماده‌سازی جستجو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1360" />
            <source>&amp;Conflicts ({count})…</source>
            <translation>&amp;تعارض‌ها ({count})…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1402" />
            <source>About Cardfile</source>
            <translation>دربارهٔ Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1403" />
            <source>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;A local-first contact manager: your contacts, companies, activities and deals in one file on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;یک برنامهٔ مدیریت مخاطبان با اولویت محلی: مخاطبان، شرکت‌ها، فعالیت‌ها و معامله‌های شما در یک فایل روی رایانهٔ خودتان.&lt;/p&gt;&lt;p&gt;منتشرشده تحت مجوز عمومی همگانی گنو (GNU General Public License)، نسخهٔ سوم یا بالاتر.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageLookupsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="649" />
            <source>Saved Lookups</source>
            <translation>جستجوهای شرطی ذخیره‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="656" />
            <source>No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L).</source>
            <translation>هنوز جستجوی شرطی ذخیره‌شده‌ای وجود ندارد. با جستجوی شرطی ▸ جستجوی شرطی جدید (Ctrl+L) یکی بسازید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="658" />
            <source>&amp;Run</source>
            <translation>&amp;اجرا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="659" />
            <source>&amp;Edit…</source>
            <translation>&amp;ویرایش…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="660" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="716" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="724" />
            <source>Delete Lookup</source>
            <translation>حذف جستجوی شرطی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="717" />
            <source>Delete the saved lookup “{name}”? The records it finds are not touched.</source>
            <translation>جستجوی شرطی ذخیره‌شدهٔ «{name}» حذف شود؟ رکوردهایی که پیدا می‌کند دست نمی‌خورند.</translation>
        </message>
    </context>
    <context>
        <name>MarkedPairsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="337" />
            <source>&amp;Take Back</source>
            <translation>&amp;برگرداندن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="340" />
            <source>These may be duplicates after all: propose them again</source>
            <translation>شاید این‌ها در واقع تکراری باشند: دوباره پیشنهاد شوند</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="359" />
            <source>%Ln pair(s) marked as not duplicates</source>
            <translation>
                <numerusform>%Ln جفت به‌عنوان غیرتکراری علامت خورده است</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <source>(a picture)</source>
            <translation>(یک تصویر)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="51" />
            <source>(empty)</source>
            <translation>(خالی)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="55" />
            <source>{shown} ({parts})</source>
            <translation>{shown} ({parts})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="57" />
            <source>(a company that is gone)</source>
            <translation>(شرکتی که دیگر وجود ندارد)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>no</source>
            <translation>خیر</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="104" />
            <source>activities: %Ln</source>
            <translation>
                <numerusform>فعالیت‌ها: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="105" />
            <source>notes: %Ln</source>
            <translation>
                <numerusform>یادداشت‌ها: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="106" />
            <source>deals: %Ln</source>
            <translation>
                <numerusform>معامله‌ها: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="107" />
            <source>groups: %Ln</source>
            <translation>
                <numerusform>گروه‌ها: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="108" />
            <source>people: %Ln</source>
            <translation>
                <numerusform>افراد: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="109" />
            <source>conflicts: %Ln</source>
            <translation>
                <numerusform>تعارض‌ها: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="112" />
            <source>nothing attached</source>
            <translation>بدون پیوست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="123" />
            <source>Merge Duplicates</source>
            <translation>ادغام موارد تکراری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="134" />
            <source>Choose the card that stays and, where the cards differ, the value it keeps. Emails, phones, addresses and tags of every card are kept, and activities, notes, deals and groups move to the card that stays. Undo, or Unmerge in the merge history, takes the merge back.</source>
            <translation>کارتی را که می‌ماند، و هر جا کارت‌ها با هم فرق دارند، مقداری را که نگه می‌دارد انتخاب کنید. ایمیل‌ها، تلفن‌ها، نشانی‌ها و برچسب‌های همهٔ کارت‌ها نگه داشته می‌شوند و فعالیت‌ها، یادداشت‌ها، معامله‌ها و گروه‌ها به کارتی که می‌ماند منتقل می‌شوند. واگرد، یا «لغو ادغام» در تاریخچهٔ ادغام، ادغام را برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="158" />
            <source>&amp;Merge</source>
            <translation>&amp;ادغام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="204" />
            <source>Keep this card</source>
            <translation>نگه‌داشتن این کارت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="215" />
            <source>After the merge</source>
            <translation>پس از ادغام</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="234" />
            <source>Fields the same on every card: %Ln</source>
            <translation>
                <numerusform>فیلدهای یکسان در همهٔ کارت‌ها: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="276" />
            <source>Every card's entries are kept, each once</source>
            <translation>ورودی‌های همهٔ کارت‌ها نگه داشته می‌شوند، هر کدام یک بار</translation>
        </message>
    </context>
    <context>
        <name>MergesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="28" />
            <source>undone</source>
            <translation>واگرد شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="30" />
            <source>unmerged {when}</source>
            <translation>ادغام {when} لغو شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="31" />
            <source>merged</source>
            <translation>ادغام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="38" />
            <source>Merged</source>
            <translation>ادغام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="39" />
            <source>Card merged away</source>
            <translation>کارت ادغام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="40" />
            <source>Into the card</source>
            <translation>در کارت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="41" />
            <source>State</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="56" />
            <source>Merge History</source>
            <translation>تاریخچهٔ ادغام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="57" />
            <source>No merges yet</source>
            <translation>هنوز ادغامی انجام نشده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="58" />
            <source>Cards you merge with Lookup ▸ Find Duplicates are listed here; Unmerge gives both cards back.</source>
            <translation>کارت‌هایی که با جستجوی شرطی ▸ یافتن موارد تکراری ادغام می‌کنید اینجا فهرست می‌شوند؛ «لغو ادغام» هر دو کارت را برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="66" />
            <source>&amp;Unmerge</source>
            <translation>&amp;لغو ادغام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="69" />
            <source>Give both cards back as they were before the merge, with everything attached</source>
            <translation>هر دو کارت را همان‌طور که پیش از ادغام بودند، با همهٔ پیوست‌هایشان، برگردان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>&amp;Open</source>
            <translation>&amp;باز کردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>Show the card that stayed</source>
            <translation>نمایش کارتی که ماند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="95" />
            <source>Unmerge</source>
            <translation>لغو ادغام</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="113" />
            <source>%Ln merge(s)</source>
            <translation>
                <numerusform>%Ln ادغام</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MiniMonth</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="217" />
            <source>Previous month</source>
            <translation>ماه قبل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="222" />
            <source>Next month</source>
            <translation>ماه بعد</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="128" />
            <source>{currency} has no decimals: write a whole amount, such as {example}.</source>
            <translation>{currency} اعشار ندارد: مبلغی صحیح بنویسید، مانند {example}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="129" />
            <source>{currency} has %Ln decimal(s) at most, such as {example}.</source>
            <translation>
                <numerusform>{currency} حداکثر %Ln رقم اعشار دارد، مانند {example}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="132" />
            <source>This is not an amount; write it as {example}.</source>
            <translation>این مبلغ نیست؛ آن را به شکل {example} بنویسید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="160" />
            <source>Currency: an ISO 4217 code such as USD, EUR or JPY</source>
            <translation>ارز: یک کد ISO 4217 مانند USD، EUR یا JPY</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="228" />
            <source>Choose a currency: a three-letter code such as USD or EUR.</source>
            <translation>یک ارز انتخاب کنید: کدی سه‌حرفی مانند USD یا EUR.</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="187" />
            <source>Day</source>
            <translation>روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="192" />
            <source>Month</source>
            <translation>ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="197" />
            <source>Year</source>
            <translation>سال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="200" />
            <source>Leave the year empty if you do not know it</source>
            <translation>اگر سال را نمی‌دانید، آن را خالی بگذارید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="233" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation>یک روز و یک ماه انتخاب کنید (سال می‌تواند خالی بماند).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="235" />
            <source>The year must be a number such as 1980.</source>
            <translation>سال باید عددی چهاررقمی باشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="239" />
            <source>There is no such date.</source>
            <translation>چنین تاریخی وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="446" />
            <source>Sign In to Sync</source>
            <translation>ورود برای همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="448" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation>گذرواژهٔ {user} در {server} را وارد کنید. Cardfile آن را با یک ورود ویژهٔ این رایانه جایگزین می‌کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="464" />
            <source>&amp;Password:</source>
            <translation>&amp;گذرواژه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="467" />
            <source>&amp;Sign In</source>
            <translation>&amp;ورود</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="935" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation>تصویر: یک فایل تصویری انتخاب کنید یا تصویر را بردارید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="936" />
            <source>Picture</source>
            <translation>تصویر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="939" />
            <source>&amp;Choose Picture…</source>
            <translation>&amp;انتخاب تصویر…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="941" />
            <source>&amp;Remove Picture</source>
            <translation>&amp;برداشتن تصویر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Choose a Picture</source>
            <translation>انتخاب تصویر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Images ({patterns})</source>
            <translation>تصویرها ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="963" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation>{file} تصویری نیست که Cardfile بتواند بخواند.</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="236" />
            <source>no date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="287" />
            <source>Per currency: the total of the deals here, and (dim) their weighted total, each amount counted at its probability</source>
            <translation>برای هر ارز: جمع معامله‌های اینجا، و (کم‌رنگ) جمع وزن‌دار آن‌ها، که هر مبلغ در آن به اندازهٔ احتمالش شمرده می‌شود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="326" />
            <source>{stage} · {percent} %</source>
            <translation>{stage} ({percent} ٪)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="332" />
            <source>{stage}: deals here count {percent} % of their amount unless they say otherwise</source>
            <translation>{stage}: معامله‌های اینجا {percent} ٪ مبلغشان شمرده می‌شوند، مگر آنکه مقدار دیگری داشته باشند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="336" />
            <source>No deals</source>
            <translation>معامله‌ای نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="488" />
            <source>Total and (dim) weighted total per currency:</source>
            <translation>جمع و (کم‌رنگ) جمع وزن‌دار برای هر ارز:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="492" />
            <source>Pipeline: {pipeline}</source>
            <translation>قیف فروش: {pipeline}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="494" />
            <source>no deals</source>
            <translation>معامله‌ای نیست</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/board.py" line="496" />
            <source>{totals}; %Ln more currency(ies)</source>
            <translation>
                <numerusform>{totals}؛ %Ln ارز دیگر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>lost</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="499" />
            <source>{count} {status} · {totals}</source>
            <translation>{count} {status} – {totals}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="536" />
            <source>Move Deal</source>
            <translation>جابه‌جایی معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="599" />
            <source>Open</source>
            <translation>باز کردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="600" />
            <source>Move to</source>
            <translation>انتقال به</translation>
        </message>
    </context>
    <context>
        <name>PipelinesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="66" />
            <source>&amp;Name:</source>
            <translation>&amp;نام:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="67" />
            <source>Default &amp;probability:</source>
            <translation>ا&amp;حتمال پیش‌فرض:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="84" />
            <source>Move the Deals</source>
            <translation>انتقال معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="92" />
            <source>Each deal's history records the move, and Edit ▸ Undo puts everything back.</source>
            <translation>تاریخچهٔ هر معامله این انتقال را ثبت می‌کند و ویرایش ▸ واگرد همه چیز را برمی‌گرداند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="97" />
            <source>Move and Remove</source>
            <translation>انتقال و برداشتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="125" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="139" />
            <source>Pipelines</source>
            <translation>قیف‌های فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="135" />
            <source>&amp;Add Pipeline…</source>
            <translation>&amp;افزودن قیف فروش…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="136" />
            <source>Re&amp;name…</source>
            <translation>&amp;تغییر نام…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="137" />
            <source>Remo&amp;ve…</source>
            <translation>&amp;برداشتن…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Default probability</source>
            <translation>احتمال پیش‌فرض</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="156" />
            <source>Add &amp;Stage…</source>
            <translation>افزودن &amp;مرحله…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="157" />
            <source>Move &amp;Up</source>
            <translation>انتقال به با&amp;لا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="158" />
            <source>Move &amp;Down</source>
            <translation>انتقال به &amp;پایین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="159" />
            <source>&amp;Remove Stage…</source>
            <translation>بر&amp;داشتن مرحله…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="173" />
            <source>Changes are made as you make them; Edit ▸ Undo takes each one back. Double-click a stage's name to rename it. A new deal starts in the first stage.</source>
            <translation>تغییرات همان لحظه اعمال می‌شوند؛ ویرایش ▸ واگرد هر کدام را برمی‌گرداند. برای تغییر نام یک مرحله، روی نامش دوبار کلیک کنید. معاملهٔ جدید در نخستین مرحله شروع می‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="181" />
            <source>Stages, in order</source>
            <translation>مراحل، به ترتیب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="291" />
            <source>Add Pipeline</source>
            <translation>افزودن قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="292" />
            <source>Name of the new pipeline (it starts with the stages of the one shown, to change as you like):</source>
            <translation>نام قیف فروش جدید (با مراحل قیف نمایش‌داده‌شده شروع می‌شود و می‌توانید آن‌ها را به دلخواه تغییر دهید):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="297" />
            <source>Lead</source>
            <translation>سرنخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>Rename Pipeline</source>
            <translation>تغییر نام قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>New name of “{name}”:</source>
            <translation>نام جدید «{name}»:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="319" />
            <source>“{name}” holds {deals}. Before it is removed, move them to:</source>
            <translation>«{name}» شامل {deals} است. پیش از برداشتن آن، آن‌ها را منتقل کنید به:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="322" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="333" />
            <source>Remove Pipeline</source>
            <translation>برداشتن قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="332" />
            <source>Remove the pipeline “{name}”? It holds no deals.</source>
            <translation>قیف فروش «{name}» برداشته شود؟ هیچ معامله‌ای در آن نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="343" />
            <source>Add Stage</source>
            <translation>افزودن مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="395" />
            <source>The stage “{stage}” holds {deals}. Before it is removed, move them to:</source>
            <translation>مرحلهٔ «{stage}» شامل {deals} است. پیش از برداشتن آن، آن‌ها را منتقل کنید به:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="398" />
            <source>Remove Stage</source>
            <translation>برداشتن مرحله</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="82" />
            <source>Printed {when}</source>
            <translation>چاپ‌شده در {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="100" />
            <source>{records} selected</source>
            <translation>{records} انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="102" />
            <source>{records} (filtered)</source>
            <translation>{records} (فیلترشده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="107" />
            <source>Only the first {printed} of {count} are printed. Select the records to print, or narrow the list with a filter or a lookup.</source>
            <translation>فقط {printed} مورد نخست از {count} چاپ می‌شوند. رکوردهای مورد نظر برای چاپ را انتخاب کنید، یا فهرست را با یک فیلتر یا جستجوی شرطی محدود کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="207" />
            <source>you</source>
            <translation>شما</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="208" />
            <source>{when} · {user}</source>
            <translation>{when} – {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="210" />
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="253" />
            <source>Print Preview — {title}</source>
            <translation>پیش‌نمایش چاپ — {title}</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="56" />
            <location filename="../../src/cardfile/ui/problems.py" line="123" />
            <source>Kind of record</source>
            <translation>نوع رکورد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="57" />
            <source>Records</source>
            <translation>رکوردها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="58" />
            <source>User name</source>
            <translation>نام کاربری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="59" />
            <source>Sync every</source>
            <translation>همگام‌سازی هر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="60" />
            <source>Server</source>
            <translation>سرور</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="61" />
            <source>Snooze</source>
            <translation>تعویق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="62" />
            <source>Alarm</source>
            <translation>هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="63" />
            <source>Exchange rate</source>
            <translation>نرخ تبدیل ارز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="64" />
            <source>To</source>
            <translation>تا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="65" />
            <source>Period</source>
            <translation>دوره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="66" />
            <location filename="../../src/cardfile/ui/problems.py" line="67" />
            <source>Sort order</source>
            <translation>ترتیب مرتب‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="68" />
            <source>View</source>
            <translation>نما</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="69" />
            <source>Format</source>
            <translation>قالب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="70" />
            <source>Duplicates</source>
            <translation>تکراری‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="71" />
            <source>Files</source>
            <translation>فایل‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="72" />
            <source>Batch size</source>
            <translation>اندازهٔ دسته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="73" />
            <source>Name of the column mapping</source>
            <translation>نام نگاشت ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="74" />
            <source>Column mapping</source>
            <translation>نگاشت ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="75" />
            <source>Incomplete</source>
            <translation>ناقص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="76" />
            <source>No company</source>
            <translation>بدون شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="77" />
            <source>Selection</source>
            <translation>انتخاب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="78" />
            <source>vCard version</source>
            <translation>نسخهٔ vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="79" />
            <source>Columns</source>
            <translation>ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="80" />
            <source>Separator</source>
            <translation>جداکننده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="81" />
            <source>Name order</source>
            <translation>ترتیب نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="82" />
            <source>Default country</source>
            <translation>کشور پیش‌فرض</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="83" />
            <source>List</source>
            <translation>فهرست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="84" />
            <location filename="../../src/cardfile/ui/problems.py" line="107" />
            <location filename="../../src/cardfile/ui/problems.py" line="124" />
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="85" />
            <source>Currency</source>
            <translation>ارز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="86" />
            <source>Parent company</source>
            <translation>شرکت مادر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="87" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="88" />
            <source>Member</source>
            <translation>عضو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="89" />
            <location filename="../../src/cardfile/ui/problems.py" line="130" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="90" />
            <source>Activity type</source>
            <translation>نوع فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="91" />
            <location filename="../../src/cardfile/ui/problems.py" line="115" />
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="92" />
            <source>Repeats</source>
            <translation>تکرار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="93" />
            <source>All day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="94" />
            <source>Ends</source>
            <translation>پایان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="95" />
            <location filename="../../src/cardfile/ui/problems.py" line="108" />
            <source>Duration</source>
            <translation>مدت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="96" />
            <source>Occurrence</source>
            <translation>رخداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="97" />
            <location filename="../../src/cardfile/ui/problems.py" line="105" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="98" />
            <location filename="../../src/cardfile/ui/problems.py" line="104" />
            <source>Pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="99" />
            <source>Probability</source>
            <translation>احتمال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="100" />
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="101" />
            <source>Lost reasons</source>
            <translation>دلایل از دست رفتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="102" />
            <source>Won reasons</source>
            <translation>دلایل موفقیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="103" />
            <source>Roles</source>
            <translation>نقش‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="106" />
            <source>Expected close</source>
            <translation>تاریخ پیش‌بینی‌شدهٔ بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="109" />
            <source>Line items</source>
            <translation>اقلام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="110" />
            <source>Product</source>
            <translation>محصول</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="111" />
            <source>Quantity</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="112" />
            <source>Unit price</source>
            <translation>قیمت واحد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="113" />
            <source>Discount</source>
            <translation>تخفیف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="114" />
            <source>Role</source>
            <translation>نقش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="116" />
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="117" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="118" />
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="119" />
            <source>Photo</source>
            <translation>عکس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="120" />
            <source>Logo</source>
            <translation>لوگو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="121" />
            <source>Type of field</source>
            <translation>نوع فیلد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="122" />
            <source>Choices</source>
            <translation>گزینه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="125" />
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="126" />
            <source>Custom field</source>
            <translation>فیلد سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="127" />
            <source>Activity</source>
            <translation>فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="128" />
            <source>Contact</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="129" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="216" />
            <location filename="../../src/cardfile/ui/problems.py" line="245" />
            <location filename="../../src/cardfile/ui/problems.py" line="356" />
            <source>{field}: this value cannot be used.</source>
            <translation>{field}: این مقدار را نمی‌توان به کار برد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="221" />
            <source>This activity is done already.</source>
            <translation>این فعالیت پیش‌تر انجام شده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="223" />
            <source>This activity is cancelled already.</source>
            <translation>این فعالیت پیش‌تر لغو شده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="224" />
            <source>This activity is cleared already.</source>
            <translation>این فعالیت پیش‌تر بسته شده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="229" />
            <source>The deals in “{stage}” must first move to another stage.</source>
            <translation>ابتدا باید معامله‌های مرحلهٔ «{stage}» به مرحلهٔ دیگری منتقل شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="230" />
            <source>The deals in “{pipeline}” must first move to another pipeline.</source>
            <translation>ابتدا باید معامله‌های قیف «{pipeline}» به قیف دیگری منتقل شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="237" />
            <source>“{value}” is not a date.</source>
            <translation>«{value}» تاریخ نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="246" />
            <source>{field}: this is needed.</source>
            <translation>{field}: این لازم است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="247" />
            <source>{field}: the least is {limit}.</source>
            <translation>{field}: کمترین مقدار {limit} است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="248" />
            <source>{field}: the most is {limit}.</source>
            <translation>{field}: بیشترین مقدار {limit} است.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="249" />
            <source>{field}: at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: حداکثر %Ln نویسه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="250" />
            <source>{field}: at most %Ln entry(ies).</source>
            <translation>
                <numerusform>{field}: حداکثر %Ln مورد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="251" />
            <source>{field}: enter a number.</source>
            <translation>{field}: یک عدد وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="253" />
            <source>{field}: “{value}” is not one of {choices}.</source>
            <translation>{field}: «{value}» هیچ‌یک از {choices} نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="257" />
            <source>There is no such date as “{value}”.</source>
            <translation>تاریخی به شکل «{value}» وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="258" />
            <source>“{value}” is not an amount.</source>
            <translation>«{value}» مبلغ نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="259" />
            <source>“{value}” has too many decimals for {currency}.</source>
            <translation>«{value}» برای {currency} رقم اعشار بیش از حد دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="260" />
            <source>“{value}” is not a currency code (such as EUR or USD).</source>
            <translation>«{value}» کد ارز نیست (مانند EUR یا USD).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="261" />
            <source>Say how it went.</source>
            <translation>بگویید چه نتیجه‌ای داشت.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="262" />
            <source>A name is needed.</source>
            <translation>نامی لازم است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="263" />
            <source>Write some text.</source>
            <translation>متنی بنویسید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="264" />
            <source>Choose at least one person to schedule with.</source>
            <translation>دست‌کم یک نفر را برای برنامه‌ریزی انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="265" />
            <source>One occurrence of a series cannot repeat on its own.</source>
            <translation>یک رخداد از یک سری نمی‌تواند به‌تنهایی تکرار شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="266" />
            <source>An activity is at any time that day or all day, not both.</source>
            <translation>فعالیت یا در هر ساعتی از آن روز است یا تمام روز، نه هر دو.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="267" />
            <source>An activity cannot end before it starts.</source>
            <translation>فعالیت نمی‌تواند پیش از شروعش پایان یابد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="268" />
            <source>A repeating activity needs a date.</source>
            <translation>فعالیت تکرارشونده به تاریخ نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="269" />
            <source>An activity needs a subject.</source>
            <translation>فعالیت به موضوع نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="270" />
            <source>An activity without a start has no duration.</source>
            <translation>فعالیتی که شروع ندارد مدت هم ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="271" />
            <source>The series has no occurrence then.</source>
            <translation>سری در آن زمان رخدادی ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="272" />
            <source>This activity does not repeat.</source>
            <translation>این فعالیت تکرار نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="274" />
            <source>Choose at least one file to import.</source>
            <translation>دست‌کم یک فایل برای درون‌بری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="275" />
            <source>A company cannot be its own parent company.</source>
            <translation>یک شرکت نمی‌تواند شرکت مادر خودش باشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="276" />
            <source>{field}: it is no longer there (it was deleted, perhaps on another device).</source>
            <translation>{field}: دیگر وجود ندارد (حذف شده است، شاید در دستگاهی دیگر).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="279" />
            <source>The line items' prices are in {currency}; change them together with the currency.</source>
            <translation>قیمت اقلام به {currency} است؛ آن‌ها را همراه با ارز تغییر دهید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="282" />
            <source>Here the amount is the sum of the line items.</source>
            <translation>اینجا مبلغ جمع اقلام است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="283" />
            <source>{field}: this cannot be done with this kind of record.</source>
            <translation>{field}: این کار با این نوع رکورد شدنی نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="284" />
            <source>Choose two records or more.</source>
            <translation>دو رکورد یا بیشتر انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="285" />
            <source>Choose records, a group or a lookup: one of them, not several.</source>
            <translation>رکوردها، یک گروه یا یک جستجوی شرطی را انتخاب کنید: فقط یکی، نه چندتا.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="286" />
            <source>Separate the columns with a comma, a semicolon or a tab.</source>
            <translation>ستون‌ها را با ویرگول، نقطه‌ویرگول یا تب جدا کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="287" />
            <source>Some of the chosen columns do not exist.</source>
            <translation>برخی از ستون‌های انتخاب‌شده وجود ندارند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="288" />
            <source>There is no saved column mapping named “{name}”.</source>
            <translation>هیچ نگاشت ستونِ ذخیره‌شده‌ای به نام «{name}» وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="289" />
            <source>Choose how the records are incomplete: no email or phone, no company, or no activity for some months.</source>
            <translation>انتخاب کنید رکوردها از چه نظر ناقص‌اند: بدون ایمیل یا تلفن، بدون شرکت، یا بدون فعالیت در چند ماه.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="292" />
            <source>That record is not one of those being merged.</source>
            <translation>آن رکورد جزو رکوردهایی که ادغام می‌شوند نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="293" />
            <source>“{name}” is not a stage of “{pipeline}”; its stages are {stages}.</source>
            <translation>«{name}» مرحله‌ای از «{pipeline}» نیست؛ مرحله‌های آن {stages} هستند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="298" />
            <source>A pipeline needs at least one stage.</source>
            <translation>قیف فروش دست‌کم به یک مرحله نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="300" />
            <source>There is no custom field “{name}”.</source>
            <translation>فیلد سفارشی «{name}» وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="302" />
            <source>A snooze must end in the future.</source>
            <translation>تعویق باید در آینده تمام شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="303" />
            <source>A rate from {source} to {target} is a number above 0.</source>
            <translation>نرخ تبدیل {source} به {target} عددی بزرگ‌تر از ۰ است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="304" />
            <source>The period ends before it starts.</source>
            <translation>دوره پیش از شروعش پایان می‌یابد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="305" />
            <source>“{value}” is not a country code (such as US or IS).</source>
            <translation>«{value}» کد کشور نیست (مانند US یا IS).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="306" />
            <source>“{value}” cannot be a user name.</source>
            <translation>«{value}» نمی‌تواند نام کاربری باشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="307" />
            <source>This database syncs as {current}; use another database to sync as {user}.</source>
            <translation>این پایگاه داده به نام {current} همگام‌سازی می‌شود؛ برای همگام‌سازی به نام {user} از پایگاه دادهٔ دیگری استفاده کنید.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="310" />
            <source>Sync every {low} (only by hand) to %Ln minute(s).</source>
            <translation>
                <numerusform>همگام‌سازی هر {low} (فقط دستی) تا %Ln دقیقه.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="313" />
            <source>“{value}” is not an http:// or https:// address.</source>
            <translation>«{value}» نشانی http:// یا https:// نیست.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="314" />
            <source>{field}: this is too large to sync; at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: برای همگام‌سازی بیش از حد بزرگ است؛ حداکثر %Ln نویسه.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="317" />
            <source>“{value}” contains invisible characters ({characters}); type the address again without them.</source>
            <translation>«{value}» نویسه‌های نامرئی دارد ({characters})؛ نشانی را دوباره بدون آن‌ها بنویسید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="323" />
            <source>The picture's type (JPEG, PNG …) is not known.</source>
            <translation>نوع تصویر (JPEG، PNG …) معلوم نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="324" />
            <source>A time needs its time zone.</source>
            <translation>زمان به منطقهٔ زمانی نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="327" />
            <source>A choice field needs at least one choice.</source>
            <translation>فیلد چندگزینه‌ای دست‌کم به یک گزینه نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="328" />
            <source>A line item needs a product.</source>
            <translation>هر قلم به یک محصول نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="329" />
            <source>{field}: more than {low} and less than {high}.</source>
            <translation>{field}: بیشتر از {low} و کمتر از {high}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="332" />
            <source>{field}: from {low} to {high}.</source>
            <translation>{field}: از {low} تا {high}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="335" />
            <source>{field}: at most %Ln decimal(s).</source>
            <translation>
                <numerusform>{field}: حداکثر %Ln رقم اعشار.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="336" />
            <source>{field}: a whole number of the currency's smallest unit (such as cents).</source>
            <translation>{field}: عددی صحیح به کوچک‌ترین واحد ارز (مانند سنت).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="339" />
            <source>There is already a field named “{name}”.</source>
            <translation>فیلدی به نام «{name}» از پیش وجود دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="348" />
            <source>Value</source>
            <translation>مقدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="357" />
            <source>This value cannot be used.</source>
            <translation>این مقدار را نمی‌توان به کار برد.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="128" />
            <source>Drive</source>
            <translation>درایو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="132" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>پوشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="134" />
            <source>Unknown</source>
            <translation>ناشناخته</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="143" />
            <source>Select Color</source>
            <translation>انتخاب رنگ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="144" />
            <source>&amp;Basic colors</source>
            <translation>رن&amp;گ‌های پایه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="145" />
            <source>&amp;Custom colors</source>
            <translation>رنگ‌های &amp;سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="146" />
            <source>&amp;Add to Custom Colors</source>
            <translation>&amp;افزودن به رنگ‌های سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="147" />
            <source>&amp;Pick Screen Color</source>
            <translation>&amp;برداشتن رنگ از صفحهٔ نمایش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="148" />
            <source>Hu&amp;e:</source>
            <translation>&amp;فام:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="149" />
            <source>&amp;Sat:</source>
            <translation>اشبا&amp;ع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="150" />
            <source>&amp;Val:</source>
            <translation>م&amp;قدار:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="151" />
            <source>&amp;Red:</source>
            <translation>&amp;قرمز:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="152" />
            <source>&amp;Green:</source>
            <translation>&amp;سبز:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="153" />
            <source>Bl&amp;ue:</source>
            <translation>&amp;آبی:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="154" />
            <source>A&amp;lpha channel:</source>
            <translation>&amp;کانال آلفا:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="158" />
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>نشانگر در موقعیت %1، %2
برای انصراف ESC را فشار دهید</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="335" />
            <source>Job</source>
            <translation>وظیفه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="336" />
            <source>Job Control</source>
            <translation>کنترل وظیفه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="337" />
            <source>Scheduled &amp;printing:</source>
            <translation>چاپ &amp;زمان‌بندی‌شده:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="338" />
            <source>&amp;Billing information:</source>
            <translation>اطلاعات &amp;صورت‌حساب:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="339" />
            <source>Job &amp;priority:</source>
            <translation>&amp;اولویت وظیفه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="340" />
            <source>Banner Pages</source>
            <translation>صفحات بنر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="341" />
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>&amp;شروع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="342" />
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>&amp;پایان:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="343" />
            <source>Print Immediately</source>
            <translation>چاپ بی‌درنگ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="344" />
            <source>Hold Indefinitely</source>
            <translation>نگه‌داشتن تا اطلاع بعدی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="345" />
            <source>Day (06:00 to 17:59)</source>
            <translation>‫روز (‪۰۶:۰۰‬ تا ‪۱۷:۵۹‬)‬</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="346" />
            <source>Night (18:00 to 05:59)</source>
            <translation>‫شب (‪۱۸:۰۰‬ تا ‪۰۵:۵۹‬)‬</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="350" />
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>‫شیفت دوم (‪۱۶:۰۰‬ تا ‪۲۳:۵۹‬)‬</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="355" />
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>‫شیفت سوم (‪۰۰:۰۰‬ تا ‪۰۷:۵۹‬)‬</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="360" />
            <source>Weekend (Saturday to Sunday)</source>
            <translation>آخر هفته (شنبه تا یکشنبه)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="362" />
            <source>Specific Time</source>
            <translation>زمان مشخص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="363" />
            <source>None</source>
            <comment>CUPS Banner page</comment>
            <translation>هیچ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="364" />
            <source>Standard</source>
            <comment>CUPS Banner page</comment>
            <translation>استاندارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="365" />
            <source>Unclassified</source>
            <comment>CUPS Banner page</comment>
            <translation>طبقه‌بندی‌نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="366" />
            <source>Confidential</source>
            <comment>CUPS Banner page</comment>
            <translation>محرمانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="367" />
            <source>Classified</source>
            <comment>CUPS Banner page</comment>
            <translation>طبقه‌بندی‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="368" />
            <source>Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>سری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="369" />
            <source>Top Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>به‌کلی سری</translation>
        </message>
    </context>
    <context>
        <name>QCupsPrinterSupport</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="415" />
            <source>Authentication Needed</source>
            <translation>احراز هویت لازم است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="419" />
            <source>Authentication needed to use %1.</source>
            <translation>برای استفاده از ‪%1‬ احراز هویت لازم است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="424" />
            <source>Authentication needed to use %1 on %2.</source>
            <translation>برای استفاده از ‪%1‬ روی ‪%2‬ احراز هویت لازم است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="426" />
            <source>Username:</source>
            <translation>نام کاربری:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="427" />
            <source>Password:</source>
            <translation>گذرواژه:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="61" />
            <source>&amp;Look in:</source>
            <translation>&amp;جستجو در:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="62" />
            <source>Back</source>
            <translation>عقب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="63" />
            <source>Go back</source>
            <translation>عقبگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="64" />
            <source>Forward</source>
            <translation>جلوتر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="65" />
            <source>Go forward</source>
            <translation>جلوگرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="66" />
            <source>Parent Directory</source>
            <translation>پوشهٔ بالاتر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="67" />
            <source>Go to the parent directory</source>
            <translation>برو به پوشهٔ بالاتر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="68" />
            <source>Create New Folder</source>
            <translation>ایجاد پوشهٔ جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="69" />
            <source>Create a New Folder</source>
            <translation>ایجاد یک پوشه جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="70" />
            <source>List View</source>
            <translation>نمایش لیستی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="71" />
            <source>Change to list view mode</source>
            <translation>تغییر به حالت نمایش لیستی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="72" />
            <source>Detail View</source>
            <translation>نمایش با جزئیات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="73" />
            <source>Change to detail view mode</source>
            <translation>تغییر به حالت نمایش با جزئیات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="74" />
            <source>Sidebar</source>
            <translation>نوار کناری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="75" />
            <source>List of places and bookmarks</source>
            <translation>لیست مکان‌ها و نشانه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="76" />
            <source>Files</source>
            <translation>پرونده‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="77" />
            <source>File &amp;name:</source>
            <translation>&amp;نام پرونده:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="78" />
            <source>Files of &amp;type:</source>
            <translation>پرونده‌هایی از &amp;نوع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="79" />
            <source>Directory:</source>
            <translation>پوشه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="80" />
            <source>Directories</source>
            <translation>پوشه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="81" />
            <source>All Files (*)</source>
            <translation>تمام پرونده‌ها (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="82" />
            <source>All files (*)</source>
            <translation>تمام پرونده‌ها (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="83" />
            <source>&amp;Open</source>
            <translation>&amp;بازکردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="84" />
            <source>&amp;Save</source>
            <translation>&amp;ذخیره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="85" />
            <source>&amp;Choose</source>
            <translation>&amp;انتخاب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="86" />
            <source>Open</source>
            <translation>بازکردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="87" />
            <source>Save As</source>
            <translation>ذخیره به عنوان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="88" />
            <source>Find Directory</source>
            <translation>یافتن پوشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="89" />
            <source>&amp;Rename</source>
            <translation>&amp;تغییر نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="90" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="91" />
            <source>Show &amp;hidden files</source>
            <translation>نمایش پرونده‌های م&amp;خفی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="92" />
            <source>&amp;New Folder</source>
            <translation>&amp;پوشه جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="93" />
            <source>New Folder</source>
            <translation>پوشهٔ جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="94" />
            <source>Recent Places</source>
            <translation>مکان‌های اخیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="95" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="99" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>آیا مطمئن هستید که می‌خواهید '‪%1‬' را حذف نمایید؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="104" />
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>‫'‪%1‬' از حفاظت نوشتاری برخوردار است.‬
با این حال آیا مایل هستید حذف شود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="106" />
            <source>Could not delete directory.</source>
            <translation>نمی‌توان پوشه را حذف کرد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="110" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 از قبل موجود است.
آیا مایل هستید جایگزین شود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="115" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
پرونده یافت نشد.
لطفاً درستی نام پرونده داده شده را بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="120" />
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
پوشه یافت نشد.
لطفاً درستی نام پوشه را بررسی کنید.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="122" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="123" />
            <source>Size</source>
            <translation>حجم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="124" />
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="125" />
            <source>Date Modified</source>
            <translation>تاریخ تغییر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="126" />
            <source>Computer</source>
            <translation>رایانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="127" />
            <source>My Computer</source>
            <translation>رایانهٔ من</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="168" />
            <source>&amp;Undo</source>
            <translation>&amp;بازگردانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="169" />
            <source>&amp;Redo</source>
            <translation>باز&amp;انجام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="170" />
            <source>Cu&amp;t</source>
            <translation>ب&amp;رش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="171" />
            <source>&amp;Copy</source>
            <translation>&amp;کپی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="172" />
            <source>&amp;Paste</source>
            <translation>&amp;چسباندن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="173" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="174" />
            <source>Select All</source>
            <translation>انتخاب همه</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="277" />
            <source>Paper</source>
            <translation>کاغذ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="278" />
            <source>Page size:</source>
            <translation>اندازهٔ صفحه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="279" />
            <source>Width:</source>
            <translation>عرض:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="280" />
            <source>Height:</source>
            <translation>ارتفاع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="281" />
            <source>Paper source:</source>
            <translation>منبع کاغذ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="282" />
            <source>Orientation</source>
            <translation>جهت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="283" />
            <source>Portrait</source>
            <translation>عمودی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="284" />
            <source>Landscape</source>
            <translation>افقی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="285" />
            <source>Reverse landscape</source>
            <translation>افقی معکوس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="286" />
            <source>Reverse portrait</source>
            <translation>عمودی معکوس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="287" />
            <source>Margins</source>
            <translation>حاشیه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="288" />
            <source>top margin</source>
            <translation>حاشیهٔ بالا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="289" />
            <source>left margin</source>
            <translation>حاشیهٔ چپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="290" />
            <source>right margin</source>
            <translation>حاشیهٔ راست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="291" />
            <source>bottom margin</source>
            <translation>حاشیهٔ پایین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="292" />
            <source>Page Layout</source>
            <translation>چینش صفحه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="293" />
            <source>Page &amp;order:</source>
            <translation>&amp;ترتیب صفحات:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="294" />
            <source>Pages &amp;per sheet:</source>
            <translation>&amp;صفحه در هر برگ:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="295" />
            <source>Millimeters (mm)</source>
            <translation>میلی‌متر (mm)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="296" />
            <source>Inches (in)</source>
            <translation>اینچ (in)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="297" />
            <source>Points (pt)</source>
            <translation>نقطه (pt)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="298" />
            <source>Pica (P̸)</source>
            <translation>پیکا (P̸)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="299" />
            <source>Didot (DD)</source>
            <translation>دیوت (DD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="300" />
            <source>Cicero (CC)</source>
            <translation>سیسرو (CC)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="309" />
            <source>Custom</source>
            <translation>سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="310" />
            <source>mm</source>
            <translation>میلیمتر</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="40" />
            <source>OK</source>
            <translation>تأیید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="41" />
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="42" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="43" />
            <location filename="../../src/cardfile/app.py" line="241" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="44" />
            <source>Discard</source>
            <translation>رها کردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="45" />
            <source>Apply</source>
            <translation>اعمال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="46" />
            <source>&amp;Yes</source>
            <translation>&amp;بله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="47" />
            <source>&amp;No</source>
            <translation>&amp;خیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="135" />
            <source>Open</source>
            <translation>بازکردن</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="212" />
            <source>Print</source>
            <translation>چاپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="251" />
            <source>All Pages</source>
            <translation>تمام صفحات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="252" />
            <source>Odd Pages</source>
            <translation>صفحات فرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="253" />
            <source>Even Pages</source>
            <translation>صفحات زوج</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="254" />
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;تنظیمات &gt;&gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="255" />
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;تنظیمات &lt;&lt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="256" />
            <source>&amp;Print</source>
            <translation>&amp;چاپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="257" />
            <source>Print to File (PDF)</source>
            <translation>‫چاپ کردن روی پرونده ‪(PDF)‬‬</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="258" />
            <source>Local file</source>
            <translation>پروندهٔ محلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="259" />
            <source>Write PDF file</source>
            <translation>نوشتن روی پروندهٔ PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="260" />
            <source>Print To File ...</source>
            <translation>چاپ روی پرونده ...</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="264" />
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>‫‪%1‬ یک پوشه است.‬
لطفاً یک پروندهٔ دیگر انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="269" />
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>‫پروندهٔ ‪%1‬ قابل نوشتن نیست.‬
لطفاً یک پروندهٔ دیگر انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="274" />
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>‫‪%1‬ هم‌اکنون وجود دارد.‬
آیا می‌خواهید آن را بازنویسی کنید؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="301" />
            <source>Left to Right, Top to Bottom</source>
            <translation>چپ به راست، بالا به پایین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="302" />
            <source>Left to Right, Bottom to Top</source>
            <translation>چپ به راست، پایین به بالا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="303" />
            <source>Right to Left, Bottom to Top</source>
            <translation>راست به چپ، پایین به بالا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="304" />
            <source>Right to Left, Top to Bottom</source>
            <translation>راست به چپ، بالا به پایین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="305" />
            <source>Bottom to Top, Left to Right</source>
            <translation>پایین به بالا، چپ به راست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="306" />
            <source>Bottom to Top, Right to Left</source>
            <translation>پایین به بالا، راست به چپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="307" />
            <source>Top to Bottom, Left to Right</source>
            <translation>بالا به پایین، چپ به راست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="308" />
            <source>Top to Bottom, Right to Left</source>
            <translation>بالا به پایین، راست به چپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="389" />
            <source>Duplex Settings Conflicts</source>
            <translation>تعارض در تنظیمات چاپ دورو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="393" />
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>تنظیمات چاپ دورو با هم تعارض دارند. می‌خواهید آن‌ها را اصلاح کنید؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="398" />
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>گزینه‌های «صفحه در هر برگ» و «مجموعهٔ صفحات» را نمی‌توان با هم به کار برد.
لطفاً یکی از آن‌ها را خاموش کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="404" />
            <source>Invalid Pages Definition</source>
            <translation>صفحه‌ها نادرست مشخص شده‌اند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="409" />
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>‫‪%1‬ نگارش درستی ندارد. صفحه‌ها و بازه‌ها را با «,» از هم جدا کنید، بازه را با «-» مشخص کنید و مطمئن شوید بازه‌ها روی هم نمی‌افتند.‬</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="192" />
            <source>Next page</source>
            <translation>صفحهٔ بعدی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="193" />
            <source>Previous page</source>
            <translation>صفحهٔ قبلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="194" />
            <source>First page</source>
            <translation>صفحهٔ اول</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="195" />
            <source>Last page</source>
            <translation>صفحهٔ آخر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="196" />
            <source>Fit width</source>
            <translation>تنظیم براساس عرض</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="197" />
            <source>Fit page</source>
            <translation>تنظیم براساس اندازهٔ صفحه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="198" />
            <source>Zoom in</source>
            <translation>بزرگ‌نمایی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="199" />
            <source>Zoom out</source>
            <translation>کوچک‌نمایی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="200" />
            <source>Portrait</source>
            <translation>عمودی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="201" />
            <source>Landscape</source>
            <translation>افقی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="202" />
            <source>Show single page</source>
            <translation>نمایش یک صفحهٔ تکی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="203" />
            <source>Show facing pages</source>
            <translation>نمایش صفحه‌های روبه‌رو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="207" />
            <source>Show overview of all pages</source>
            <translation>نمایش اختصاری تمام صفحات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="209" />
            <source>Print</source>
            <translation>چاپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="210" />
            <source>Page setup</source>
            <translation>پیکربندی صفحه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="211" />
            <source>Print Preview</source>
            <translation>پیش‌نمایش چاپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="276" />
            <source>Page Setup</source>
            <translation>پیکربندی صفحه</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="311" />
            <source>Printer Properties</source>
            <translation>ویژگی‌های چاپگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="319" />
            <source>Job Options</source>
            <translation>ویژگی‌های وظیفهٔ چاپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="370" />
            <source>Page Setup Conflicts</source>
            <translation>تعارض در تنظیم صفحه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="374" />
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>برخی گزینه‌های تنظیم صفحه با هم تعارض دارند. می‌خواهید آن‌ها را اصلاح کنید؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="379" />
            <source>Advanced Option Conflicts</source>
            <translation>تعارض در گزینه‌های پیشرفته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="384" />
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>برخی گزینه‌های پیشرفته با هم تعارض دارند. می‌خواهید آن‌ها را اصلاح کنید؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="388" />
            <source>Custom value for %1</source>
            <translation>مقدار دلخواه برای ‪%1‬</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="312" />
            <source>Page</source>
            <translation>صفحه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="313" />
            <source>Advanced</source>
            <translation>پیشرفته</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="317" />
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>برخی گزینه‌ها با هم تعارض دارند. لطفاً آن‌ها را اصلاح کنید.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="220" />
            <source>Print range</source>
            <translation>محدودهٔ چاپ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="221" />
            <source>Print all</source>
            <translation>چاپ همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="222" />
            <source>Pages from</source>
            <translation>محدودهٔ صفحات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="223" />
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="224" />
            <source>Pages</source>
            <translation>صفحه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="229" />
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>صفحه‌ها یا محدوده‌ها را با ویرگول از هم جدا کنید. هر محدوده با دو عدد که با خط تیره از هم جدا شده‌اند مشخص می‌شود. مثلاً 3,5-7,9 صفحه‌های ۳، ۵، ۶، ۷ و ۹ را چاپ می‌کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="235" />
            <source>Current Page</source>
            <translation>صفحهٔ جاری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="236" />
            <source>Selection</source>
            <translation>انتخاب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="237" />
            <source>Page &amp;Set:</source>
            <translation>&amp;مجموعهٔ صفحات:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="238" />
            <source>Output Settings</source>
            <translation>تنظیمات خروجی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="239" />
            <source>Copies:</source>
            <translation>تعداد:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="240" />
            <source>Collate</source>
            <translation>تلفیق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="241" />
            <source>Reverse</source>
            <translation>معکوس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="242" />
            <source>Copies</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="243" />
            <source>Color Mode</source>
            <translation>حالت رنگ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="244" />
            <source>Color</source>
            <translation>رنگی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="245" />
            <source>Grayscale</source>
            <translation>مقیاس خاکستری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="246" />
            <source>Double Sided Printing</source>
            <translation>چاپ دورو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="247" />
            <source>Off</source>
            <translation>خاموش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="248" />
            <source>Long side binding</source>
            <translation>صحافی از لبهٔ بلند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="249" />
            <source>Short side binding</source>
            <translation>صحافی از لبهٔ کوتاه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="250" />
            <source>Options</source>
            <translation>تنظیمات</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="213" />
            <source>Printer</source>
            <translation>چاپگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="214" />
            <source>&amp;Name:</source>
            <translation>&amp;نام:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="215" />
            <source>P&amp;roperties</source>
            <translation>وی&amp;ژگی‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="216" />
            <source>Location:</source>
            <translation>موقعیت:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="217" />
            <source>Preview</source>
            <translation>پیش‌نمایش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="218" />
            <source>Type:</source>
            <translation>نوع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="219" />
            <source>Output &amp;file:</source>
            <translation>&amp;پروندهٔ خروجی:</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="175" />
            <source>&amp;Undo</source>
            <translation>باز&amp;گردانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="176" />
            <source>&amp;Redo</source>
            <translation>&amp;بازانجام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="177" />
            <source>Cu&amp;t</source>
            <translation>ب&amp;رش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="178" />
            <source>&amp;Copy</source>
            <translation>&amp;کپی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="179" />
            <source>&amp;Paste</source>
            <translation>&amp;چسباندن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="180" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="181" />
            <source>Select All</source>
            <translation>انتخاب همه</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="48" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;قبلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="49" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;بعدی &gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="50" />
            <source>&amp;Finish</source>
            <translation>&amp;پایان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="51" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="52" />
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="209" />
            <location filename="../../src/cardfile/ui/records/form.py" line="92" />
            <source>Enter a number.</source>
            <translation>یک عدد وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="211" />
            <location filename="../../src/cardfile/ui/problems.py" line="238" />
            <location filename="../../src/cardfile/ui/records/form.py" line="94" />
            <location filename="../../src/cardfile/ui/records/form.py" line="103" />
            <location filename="../../src/cardfile/ui/records/form.py" line="104" />
            <location filename="../../src/cardfile/ui/records/form.py" line="105" />
            <source>There is no such date.</source>
            <translation>چنین تاریخی وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="213" />
            <location filename="../../src/cardfile/ui/records/form.py" line="96" />
            <source>Choose one of: {choices}.</source>
            <translation>یکی از این‌ها را انتخاب کنید: {choices}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="215" />
            <location filename="../../src/cardfile/ui/problems.py" line="252" />
            <location filename="../../src/cardfile/ui/records/form.py" line="98" />
            <source>Choose yes or no.</source>
            <translation>بله یا خیر را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="320" />
            <location filename="../../src/cardfile/ui/records/form.py" line="100" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation>این نشانی ایمیل نیست؛ باید شبیه name@example.com باشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="321" />
            <location filename="../../src/cardfile/ui/records/form.py" line="101" />
            <source>A phone number needs at least one digit.</source>
            <translation>شمارهٔ تلفن دست‌کم به یک رقم نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="322" />
            <location filename="../../src/cardfile/ui/records/form.py" line="102" />
            <source>A web address cannot contain spaces.</source>
            <translation>نشانی وب نمی‌تواند فاصله داشته باشد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation>شرکتی با نام «{name}» وجود ندارد؛ ابتدا آن را اضافه کنید، یا یکی را از فهرست انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="106" />
            <source>A company needs a name.</source>
            <translation>شرکت به یک نام نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="107" />
            <location filename="../../src/cardfile/ui/records/form.py" line="108" />
            <location filename="../../src/cardfile/ui/records/form.py" line="109" />
            <source>There is no such company.</source>
            <translation>چنین شرکتی وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="263" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>خصوصی: &amp;فقط شما آن را می‌بینید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="264" />
            <source>A private record syncs only between your own devices, with its activities, notes and deals; nobody else in the office sees it.</source>
            <translation>رکورد خصوصی، همراه با فعالیت‌ها، یادداشت‌ها و معامله‌هایش، فقط میان دستگاه‌های خودتان همگام می‌شود؛ هیچ‌کس دیگری در دفتر آن را نمی‌بیند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="696" />
            <source>Custom fields</source>
            <translation>فیلدهای سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="960" />
            <source>{sentence} — &lt;a href="{id}"&gt;open it&lt;/a&gt;</source>
            <translation>{sentence} — &lt;a href="{id}"&gt;باز کردن آن&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="406" />
            <source>Choose another filter, or show them all.</source>
            <translation>فیلتر دیگری انتخاب کنید، یا همه را نمایش دهید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="486" />
            <source>&amp;List</source>
            <translation>&amp;فهرست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="542" />
            <source>&amp;Edit</source>
            <translation>&amp;ویرایش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="543" />
            <source>&amp;Tag…</source>
            <translation>&amp;برچسب‌زدن…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="544" />
            <source>&amp;Remove Tag…</source>
            <translation>بر&amp;داشتن برچسب…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="545" />
            <source>Add to &amp;Group…</source>
            <translation>افزودن به &amp;گروه…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="547" />
            <source>Remove from Group</source>
            <translation>برداشتن از گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="550" />
            <source>&amp;Delete…</source>
            <translation>&amp;حذف…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="556" />
            <source>Show &amp;All</source>
            <translation>نمایش &amp;همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="557" />
            <source>&amp;Open</source>
            <translation>با&amp;ز کردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="558" />
            <source>C&amp;all</source>
            <translation>&amp;تماس</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="559" />
            <source>Send Ema&amp;il</source>
            <translation>ارسال &amp;ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="561" />
            <source>&amp;Copy</source>
            <translation>&amp;کپی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="564" />
            <source>E&amp;xport Selected…</source>
            <translation>برون‌بری انتخاب‌&amp;شده‌ها…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="592" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation>افزودن برچسب به رکوردهای انتخاب‌شده (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="593" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation>برداشتن یک برچسب از رکوردهای انتخاب‌شده (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="594" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation>افزودن رکوردهای انتخاب‌شده به یک گروه (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="595" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation>انتقال رکوردهای انتخاب‌شده به سطل زباله (Delete)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="596" />
            <source>Call the selected record's first phone number</source>
            <translation>تماس با نخستین شمارهٔ تلفن رکورد انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="597" />
            <source>Write to the selected records from your mail program</source>
            <translation>نوشتن به رکوردهای انتخاب‌شده از برنامهٔ ایمیل شما</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="598" />
            <source>Copy the selected rows as text (Ctrl+C in the list)</source>
            <translation>کپی ردیف‌های انتخاب‌شده به‌صورت متن (Ctrl+C در فهرست)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="599" />
            <source>Export the selected records to a vCard or CSV file</source>
            <translation>برون‌بری رکوردهای انتخاب‌شده در یک فایل vCard یا CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="632" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="707" />
            <source>{count} (filtered)</source>
            <translation>{count} (فیلترشده)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="710" />
            <source>{count} · {selected} selected</source>
            <translation>{count} – {selected} انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="807" />
            <source>{records} selected</source>
            <translation>{records} انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="876" />
            <source>&amp;Columns</source>
            <translation>&amp;ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="886" />
            <source>&amp;Reset Columns</source>
            <translation>&amp;بازنشانی ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="950" />
            <source>{tag} ({count})</source>
            <translation>{tag} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1034" />
            <source>Unsaved Changes</source>
            <translation>تغییرات ذخیره‌نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1035" />
            <source>The card has a mistake, marked in red, to correct before it can be saved. Save the changes?</source>
            <translation>کارت اشتباهی دارد که با رنگ قرمز مشخص شده و پیش از ذخیره باید اصلاح شود. تغییرات ذخیره شود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1037" />
            <source>Save the changes to this card?</source>
            <translation>تغییرات این کارت ذخیره شود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1096" />
            <source>Copied the first {records} of {count}; export the rest.</source>
            <translation>{records} نخست از {count} کپی شد؛ بقیه را برون‌بری کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1099" />
            <source>Copied {records}.</source>
            <translation>{records} کپی شد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1162" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1169" />
            <source>Move to Trash</source>
            <translation>انتقال به سطل زباله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1163" />
            <source>Move {records} to the Trash?</source>
            <translation>{records} به سطل زباله منتقل شود؟</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1168" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation>می‌توانید آن‌ها را از سطل زباله بازیابی کنید، یا این کار را با Ctrl+Z واگرد کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1183" />
            <source>Moving {records} to the Trash…</source>
            <translation>در حال انتقال {records} به سطل زباله…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Remove Tag</source>
            <translation>برداشتن برچسب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Take this tag off {records}:</source>
            <translation>برداشتن این برچسب از {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Add Tag</source>
            <translation>افزودن برچسب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Tag {records} with:</source>
            <translation>افزودن برچسب به {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1212" />
            <source>Tagging {records}…</source>
            <translation>در حال برچسب‌زدن به {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1220" />
            <source>Add {records} to the group:</source>
            <translation>افزودن {records} به گروه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1237" />
            <source>Adding {records} to a group…</source>
            <translation>در حال افزودن {records} به یک گروه…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1245" />
            <source>Taking {records} out of a group…</source>
            <translation>در حال برداشتن {records} از یک گروه…</translation>
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
            <translation>مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="333" />
            <source>no date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="342" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>چیزی زمان‌بندی نشده است. تماس‌های تلفنی، جلسه‌ها و کارهای مربوط به این شخص اینجا فهرست می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="348" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="412" />
            <source>(no subject)</source>
            <translation>(بدون موضوع)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="350" />
            <source> · with {people}</source>
            <translation> – با {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="361" />
            <source>No history yet.</source>
            <translation>هنوز تاریخچه‌ای وجود ندارد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>… and %Ln earlier entry(ies)</source>
            <translation>
                <numerusform>… و %Ln مورد قدیمی‌تر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="376" />
            <source>{when} · {action} · on “{name}”</source>
            <translation>{when} – {action} – روی «{name}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="380" />
            <source>{when} · {action}</source>
            <translation>{when} – {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="382" />
            <source>{when} · Merged</source>
            <translation>{when} – ادغام شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="384" />
            <source>{when} · Unmerged</source>
            <translation>{when} – ادغام لغو شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="386" />
            <source>{when} · Note</source>
            <translation>{when} – یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="390" />
            <source>{when} · {type} {status}</source>
            <translation>{when} – {type} {status}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="393" />
            <source>{heading} · {result}</source>
            <translation>{heading} – {result}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="394" />
            <source>{heading} · {user}</source>
            <translation>{heading} – {user}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="404" />
            <source>… and %Ln more field(s)</source>
            <translation>
                <numerusform>… و %Ln فیلد دیگر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="424" />
            <source>(no name)</source>
            <translation>(بدون نام)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="427" />
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="432" />
            <source>{other} was merged into this card</source>
            <translation>{other} در این کارت ادغام شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="433" />
            <source>This card was merged into {other}</source>
            <translation>این کارت در {other} ادغام شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="434" />
            <source>{other} was taken out of this card</source>
            <translation>{other} از این کارت جدا شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="435" />
            <source>This card was taken out of {other}</source>
            <translation>این کارت از {other} جدا شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="439" />
            <source>Merge history…</source>
            <translation>تاریخچهٔ ادغام…</translation>
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
            <translation>شما</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="466" />
            <source>someone</source>
            <translation>کسی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="473" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>یادداشتی بنویسید… (Ctrl+Enter آن را اضافه می‌کند)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="476" />
            <source>Add Note</source>
            <translation>افزودن یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="493" />
            <source>No notes yet.</source>
            <translation>هنوز یادداشتی وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="517" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="526" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="722" />
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="535" />
            <source>No deals yet.</source>
            <translation>هنوز معامله‌ای وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>lost</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="542" />
            <source>closes {date}</source>
            <translation>بسته‌شدن در {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="544" />
            <source>overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="552" />
            <source>New Deal…</source>
            <translation>معاملهٔ جدید…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="554" />
            <source>Add a deal with this {kind}</source>
            <translation>افزودن معامله با این {kind}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="570" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation>هنوز گروهی وجود ندارد. گروه، افراد یا شرکت‌ها را به‌صورت دستی گرد هم می‌آورد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="579" />
            <source>New Group…</source>
            <translation>گروه جدید…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="596" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="607" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="724" />
            <source>Groups</source>
            <translation>گروه‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>New Group</source>
            <translation>گروه جدید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>Name of the new group:</source>
            <translation>نام گروه جدید:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="631" />
            <source>{when} · {user}</source>
            <translation>{when} – {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="635" />
            <source>{when} · edited {edited}</source>
            <translation>{when} – ویرایش‌شده در {edited}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Edit</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Change this note</source>
            <translation>تغییر این یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="639" />
            <source>Move this note to the Trash (Ctrl+Z undoes)</source>
            <translation>انتقال این یادداشت به سطل زباله (Ctrl+Z آن را واگرد می‌کند)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="640" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="667" />
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="669" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="720" />
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="721" />
            <source>History</source>
            <translation>تاریخچه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="723" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
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
                <numerusform>%Ln هشدار</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="138" />
            <source>Cardfile reminder</source>
            <translation>یادآوری Cardfile</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="162" />
            <source>Reminders</source>
            <translation>یادآوری‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Alarm</source>
            <translation>هشدار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="182" />
            <source>&amp;Open</source>
            <translation>&amp;باز کردن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="183" />
            <source>&amp;Clear…</source>
            <translation>ثبت &amp;انجام…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="184" />
            <source>&amp;Snooze</source>
            <translation>&amp;تعویق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="187" />
            <source>For {length}</source>
            <translation>به مدت {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="191" />
            <source>For How Long…</source>
            <translation>چه مدت…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="196" />
            <source>&amp;Reschedule…</source>
            <translation>&amp;زمان‌بندی دوباره…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="197" />
            <source>&amp;Dismiss</source>
            <translation>&amp;نادیده گرفتن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="225" />
            <source>missed, rang {when}</source>
            <translation>از دست رفته، زنگ زد {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="227" />
            <source>rang {when}</source>
            <translation>زنگ زد {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>%Ln alarm(s) due</source>
            <translation>
                <numerusform>%Ln هشدار سررسیده</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>No alarms are due.</source>
            <translation>هیچ هشداری سررسید نشده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Snooze</source>
            <translation>تعویق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Ring again in how many minutes?</source>
            <translation>چند دقیقهٔ دیگر دوباره زنگ بزند؟</translation>
        </message>
    </context>
    <context>
        <name>RepeatRule</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="159" />
            <location filename="../../src/cardfile/ui/problems.py" line="325" />
            <source>“{value}” is not a time zone.</source>
            <translation>«{value}» منطقهٔ زمانی نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="160" />
            <source>The repeat rule's part “{value}” is not written as NAME=VALUE.</source>
            <translation>بخش «{value}» از قاعدهٔ تکرار به شکل NAME=VALUE نوشته نشده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="161" />
            <source>{part} is not part of a repeat rule (RFC 5545).</source>
            <translation>{part} جزئی از قاعدهٔ تکرار (RFC 5545) نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="162" />
            <source>The repeat rule gives {part} twice.</source>
            <translation>قاعدهٔ تکرار {part} را دو بار آورده است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="163" />
            <source>The repeat rule does not say how often it repeats (FREQ).</source>
            <translation>قاعدهٔ تکرار نمی‌گوید هر چند وقت یک بار تکرار می‌شود (FREQ).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="164" />
            <source>{part}={value}: Cardfile repeats activities daily, weekly, monthly or yearly.</source>
            <translation>{part}={value}: Cardfile فعالیت‌ها را روزانه، هفتگی، ماهانه یا سالانه تکرار می‌کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="167" />
            <source>The repeat rule ends both after a number of times (COUNT) and on a date (UNTIL); it can do only one.</source>
            <translation>قاعدهٔ تکرار هم پس از چند بار (COUNT) و هم در یک تاریخ (UNTIL) پایان می‌یابد؛ فقط یکی از این دو ممکن است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="170" />
            <source>{part}={value}: the number of times is a whole number above 0.</source>
            <translation>{part}={value}: تعداد دفعات عددی صحیح و بزرگ‌تر از ۰ است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="173" />
            <source>{part}={value}: a series repeats every 1 to 1000 days, weeks, months or years.</source>
            <translation>{part}={value}: یک سری هر ۱ تا ۱۰۰۰ روز، هفته، ماه یا سال تکرار می‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="176" />
            <source>“{value}” is not a repeat rule Cardfile can read (RFC 5545).</source>
            <translation>«{value}» قاعدهٔ تکراری نیست که Cardfile بتواند بخواند (RFC 5545).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="177" />
            <source>{part}={value}: the rule's months never have these days, so it never happens.</source>
            <translation>{part}={value}: ماه‌های این قاعده هرگز این روزها را ندارند، پس هرگز رخ نمی‌دهد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="180" />
            <source>{part}={value} is not a date (20250331) or a time (20250331T235959Z).</source>
            <translation>{part}={value} نه تاریخ است (20250331) و نه زمان (20250331T235959Z).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="183" />
            <source>Choose the weekdays from Monday to Sunday.</source>
            <translation>روزهای هفته را از دوشنبه تا یکشنبه انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="184" />
            <source>The week of the month is the first to the fourth, or the last.</source>
            <translation>هفتهٔ ماه از اول تا چهارم است، یا آخرین هفته.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="185" />
            <source>Say after how many times the series ends.</source>
            <translation>بگویید سری پس از چند بار پایان می‌یابد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="186" />
            <source>Say on which date the series ends.</source>
            <translation>بگویید سری در چه تاریخی پایان می‌یابد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="187" />
            <source>The series would end before it starts.</source>
            <translation>سری پیش از شروعش پایان می‌یافت.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="200" />
            <source>Cardfile cannot use this repeat rule: {rule}</source>
            <translation>Cardfile نمی‌تواند از این قاعدهٔ تکرار استفاده کند: {rule}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="56" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="57" />
            <source>Forecast by month</source>
            <translation>پیش‌بینی فروش به تفکیک ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="58" />
            <source>Forecast by quarter</source>
            <translation>پیش‌بینی فروش به تفکیک فصل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="59" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Contact list</source>
            <translation>فهرست مخاطبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="60" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="61" />
            <source>By stage</source>
            <translation>به تفکیک مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="62" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="63" />
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="64" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="203" />
            <source>By month</source>
            <translation>به تفکیک ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="65" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="204" />
            <source>By quarter</source>
            <translation>به تفکیک فصل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="66" />
            <source>In {currency}</source>
            <translation>به {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="67" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="68" />
            <source>Currency</source>
            <translation>ارز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="69" />
            <source>Total</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="70" />
            <source>Weighted</source>
            <translation>وزن‌دار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="71" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="72" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="73" />
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="74" />
            <source>Probability</source>
            <translation>احتمال</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="75" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="76" />
            <source>Owner</source>
            <translation>مالک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="77" />
            <source>Month</source>
            <translation>ماه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="78" />
            <source>Quarter</source>
            <translation>فصل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="79" />
            <source>Open deals</source>
            <translation>معامله‌های باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="80" />
            <source>Won deals</source>
            <translation>معامله‌های موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="81" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="82" />
            <source>Everyone</source>
            <translation>همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="83" />
            <source>All</source>
            <translation>همه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="84" />
            <source>No close date</source>
            <translation>بدون تاریخ بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="85" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="86" />
            <source>Title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="87" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="88" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="89" />
            <source>Town</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="90" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="91" />
            <source>Type</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="92" />
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="93" />
            <source>With</source>
            <translation>با</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="94" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="95" />
            <source>Expected close</source>
            <translation>تاریخ پیش‌بینی‌شدهٔ بستن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="96" />
            <source>Added</source>
            <translation>تاریخ افزودن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="97" />
            <source>Dates</source>
            <translation>تاریخ‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="98" />
            <source>none needed</source>
            <translation>لازم نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="99" />
            <source>Totals in {currency} are converted at exchange rates you entered: {rates}.</source>
            <translation>جمع‌ها به {currency} با نرخ‌های ارزی که وارد کرده‌اید تبدیل شده‌اند: {rates}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="102" />
            <source>Times are in {zone}; a repeating activity has a line per occurrence.</source>
            <translation>زمان‌ها به وقت {zone} است؛ فعالیت تکرارشونده برای هر بار یک سطر دارد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="105" />
            <source>! after a close date: the deal is open and its expected close date has passed.</source>
            <translation>! پس از تاریخ بستن: معامله باز است و تاریخ بستن پیش‌بینی‌شدهٔ آن گذشته است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="108" />
            <source>! after a status: the activity is overdue (its time has passed and it is not cleared).</source>
            <translation>! پس از وضعیت: فعالیت عقب‌افتاده است (زمانش گذشته و هنوز انجام نشده است).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="112" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won.</source>
            <translation>معامله‌های باز در دورهٔ تاریخ بستن پیش‌بینی‌شده‌شان و وزن‌دار بر اساس احتمالشان شمرده می‌شوند؛ معامله‌های موفق در دوره‌ای که موفق شدند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="130" />
            <source>scheduled</source>
            <translation>زمان‌بندی‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="133" />
            <source>Total: {count}</source>
            <translation>جمع: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="134" />
            <source>{what}: {count}</source>
            <translation>{what}: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="135" />
            <source>1 {source} = {rate} {target}</source>
            <translation>۱ {source} = {rate} {target}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="63" />
            <source>Generated {when}</source>
            <translation>تهیه‌شده در {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="64" />
            <source>Page {page} of {pages}</source>
            <translation>صفحهٔ {page} از {pages}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="65" />
            <source>Nothing to show.</source>
            <translation>چیزی برای نمایش نیست.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="66" />
            <source>This computer has no font for {scripts}: those characters are shown as boxes. Install a font for them (for example from the Noto family) and make the report again.</source>
            <translation>این رایانه قلمی برای {scripts} ندارد: آن نویسه‌ها به‌صورت مربع نمایش داده می‌شوند. قلمی برای آن‌ها نصب کنید (برای نمونه از خانوادهٔ Noto) و گزارش را دوباره بسازید.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="137" />
            <source>… and %Ln more row(s): printing, the PDF and the CSV have them all.</source>
            <translation>
                <numerusform>… و %Ln سطر دیگر: چاپ، PDF و CSV همهٔ آن‌ها را دارند.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="172" />
            <source>Reports</source>
            <translation>گزارش‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Forecast</source>
            <translation>پیش‌بینی فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="193" />
            <source>Anyone</source>
            <translation>هر کسی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="198" />
            <source>All pipelines</source>
            <translation>همهٔ قیف‌های فروش</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="207" />
            <source>Each currency apart</source>
            <translation>هر ارز جداگانه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="209" />
            <source>Also all in {currency}</source>
            <translation>همچنین همه به {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="212" />
            <source>Any type</source>
            <translation>هر نوعی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="217" />
            <source>Scheduled and cleared</source>
            <translation>زمان‌بندی‌شده و انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="218" />
            <source>Scheduled</source>
            <translation>زمان‌بندی‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="219" />
            <source>Done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="220" />
            <source>Cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="229" />
            <source>&amp;Owner:</source>
            <translation>&amp;مالک:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="230" />
            <source>&amp;Pipeline:</source>
            <translation>&amp;قیف فروش:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="231" />
            <source>Periods:</source>
            <translation>دوره‌ها:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="232" />
            <source>&amp;Currencies:</source>
            <translation>&amp;ارزها:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="233" />
            <source>&amp;Type:</source>
            <translation>&amp;نوع:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="234" />
            <source>&amp;Status:</source>
            <translation>&amp;وضعیت:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="243" />
            <source>&amp;Print…</source>
            <translation>&amp;چاپ…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="244" />
            <source>Save as P&amp;DF…</source>
            <translation>ذخیره به‌صورت &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="245" />
            <source>Export &amp;CSV…</source>
            <translation>برون‌بری &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="295" />
            <source>&amp;Added:</source>
            <translation>تاریخ &amp;افزودن:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="296" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="297" />
            <source>&amp;Expected close:</source>
            <translation>تاریخ &amp;پیش‌بینی‌شدهٔ بستن:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="298" />
            <source>&amp;Dates:</source>
            <translation>&amp;تاریخ‌ها:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="344" />
            <source>The dates end before they start.</source>
            <translation>تاریخ پایان پیش از تاریخ شروع است.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="346" />
            <source>Making the report…</source>
            <translation>در حال ساختن گزارش…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="367" />
            <source>{title}: %Ln row(s).</source>
            <translation>
                <numerusform>{title}: %Ln سطر.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>Save as PDF</source>
            <translation>ذخیره به‌صورت PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>PDF documents (*.pdf)</source>
            <translation>سندهای PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="438" />
            <source>Making the PDF… (a long report takes a while; you can go on working)</source>
            <translation>در حال ساختن PDF… (گزارش طولانی زمان می‌برد؛ می‌توانید به کار ادامه دهید)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="442" />
            <source>Saving {title} as PDF</source>
            <translation>ذخیرهٔ {title} به‌صورت PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="454" />
            <source>Saved {path}.</source>
            <translation>{path} ذخیره شد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="456" />
            <source>No font on this computer has {scripts}: those letters show as boxes.</source>
            <translation>هیچ قلمی روی این رایانه {scripts} را ندارد: آن حروف به‌صورت مربع نمایش داده می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="470" />
            <source>Could not write the PDF {path}: {problem}</source>
            <translation>نوشتن PDF در {path} ممکن نبود: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>Export as CSV</source>
            <translation>برون‌بری به‌صورت CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>CSV files (*.csv)</source>
            <translation>فایل‌های CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="494" />
            <source>Could not write the CSV {path}: {problem}</source>
            <translation>نوشتن CSV در {path} ممکن نبود: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="500" />
            <source>Exported {path}.</source>
            <translation>{path} برون‌بری شد.</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="276" />
            <source>Reschedule Activity</source>
            <translation>زمان‌بندی دوبارهٔ فعالیت</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="278" />
            <source>Reschedule %Ln Activities</source>
            <translation>
                <numerusform>زمان‌بندی دوبارهٔ %Ln فعالیت</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>It keeps its length.</source>
            <translation>مدت آن حفظ می‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>Each keeps its time of day and length.</source>
            <translation>ساعت و مدت هر کدام حفظ می‌شود.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="305" />
            <source>&amp;Move to:</source>
            <translation>&amp;انتقال به:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="307" />
            <source>Move</source>
            <translation>انتقال</translation>
        </message>
    </context>
    <context>
        <name>Result</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="816" />
            <source>completed</source>
            <translation>انجام شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="817" />
            <source>left a message</source>
            <translation>پیغام گذاشته شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="818" />
            <source>no answer</source>
            <translation>پاسخی نیامد</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Edit Activity</source>
            <translation>ویرایش فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Schedule Activity</source>
            <translation>زمان‌بندی فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="103" />
            <source>Schedule one activity with each person (as one step to undo)</source>
            <translation>زمان‌بندی یک فعالیت با هر شخص (در قالب یک گام برای واگرد)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="109" />
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="154" />
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="115" />
            <source>Skip This Occurrence</source>
            <translation>رد کردن این رخداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="119" />
            <source>Leave this one occurrence out; the series goes on (Ctrl+Z brings it back)</source>
            <translation>کنار گذاشتن همین یک رخداد؛ سری ادامه می‌یابد (Ctrl+Z آن را برمی‌گرداند)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="124" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation>Ctrl+S ذخیره – Esc انصراف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="157" />
            <source>Save again to schedule it anyway.</source>
            <translation>برای زمان‌بندی با وجود هم‌پوشانی، دوباره ذخیره کنید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="158" />
            <source>Save Anyway</source>
            <translation>با این حال ذخیره شود</translation>
        </message>
    </context>
    <context>
        <name>Script</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Greek</source>
            <translation>یونانی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <source>Cyrillic</source>
            <translation>سیریلیک</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Armenian</source>
            <translation>ارمنی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Hebrew</source>
            <translation>عبری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Arabic</source>
            <translation>عربی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Devanagari</source>
            <translation>دوناگری</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Bengali</source>
            <translation>بنگالی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Tamil</source>
            <translation>تامیلی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Thai</source>
            <translation>تایلندی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Lao</source>
            <translation>لائوسی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Georgian</source>
            <translation>گرجی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Hangul (Korean)</source>
            <translation>هانگول (کره‌ای)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Ethiopic</source>
            <translation>حبشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Japanese kana</source>
            <translation>کانای ژاپنی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Bopomofo</source>
            <translation>بوپوموفو</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Chinese characters (kanji, hanja)</source>
            <translation>نویسه‌های چینی (کانجی، هانجا)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>emoji</source>
            <translation>اموجی</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="90" />
            <source>Show all %Ln contacts</source>
            <translation>
                <numerusform>نمایش همهٔ %Ln مخاطب</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="91" />
            <source>Show all %Ln companies</source>
            <translation>
                <numerusform>نمایش همهٔ %Ln شرکت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="92" />
            <source>Show all %Ln activities</source>
            <translation>
                <numerusform>نمایش همهٔ %Ln فعالیت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="93" />
            <source>Show all %Ln notes</source>
            <translation>
                <numerusform>نمایش همهٔ %Ln یادداشت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="94" />
            <source>Show all %Ln deals</source>
            <translation>
                <numerusform>نمایش همهٔ %Ln معامله</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="96" />
            <source>Show all %Ln</source>
            <translation>
                <numerusform>نمایش همهٔ %Ln مورد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Details</source>
            <translation>جزئیات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Outcome</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="103" />
            <source>{field} ({label})</source>
            <translation>{field} ({label})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="109" />
            <source>scheduled</source>
            <translation>زمان‌بندی‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="110" />
            <source>done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="111" />
            <source>cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="112" />
            <source>skipped</source>
            <translation>ردشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="113" />
            <source>open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="114" />
            <source>won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="115" />
            <source>lost</source>
            <translation>ناموفق</translation>
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
                <numerusform>{names} و %Ln مورد دیگر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="211" />
            <source>No matches for “{query}”</source>
            <translation>موردی برای «{query}» یافت نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="469" />
            <location filename="../../src/cardfile/ui/search.py" line="487" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
            <translation>جستجوی مخاطبان، شرکت‌ها، معامله‌ها … (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="491" />
            <source>Preparing search … {percent}%</source>
            <translation>در حال آماده‌سازی جستجو… {percent}٪</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="493" />
            <source>Search is being prepared after the first sync ({percent}% done). You can search meanwhile: every record is found, only more slowly.</source>
            <translation>جستجو پس از نخستین همگام‌سازی در حال آماده شدن است ({percent}٪ انجام شده). در این میان هم می‌توانید جستجو کنید: همهٔ رکوردها پیدا می‌شوند، فقط کندتر.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="67" />
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="79" />
            <source>Given name first — Anna Berg</source>
            <translation>اول نام — Anna Berg</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="80" />
            <source>Family name first — Berg Anna</source>
            <translation>اول نام خانوادگی — Berg Anna</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="82" />
            <source>Names</source>
            <translation>نام‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="83" />
            <source>Show &amp;names:</source>
            <translation>نمایش &amp;نام‌ها:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="84" />
            <source>Chinese, Japanese and Korean names are always written family name first.</source>
            <translation>نام‌های چینی، ژاپنی و کره‌ای همیشه با نام خانوادگی در ابتدا نوشته می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="88" />
            <source>None — numbers need their + country code</source>
            <translation>هیچ — شماره‌ها باید کد کشور خود را با + داشته باشند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="93" />
            <source>Phone numbers</source>
            <translation>شماره‌های تلفن</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="94" />
            <source>Default &amp;country:</source>
            <translation>&amp;کشور پیش‌فرض:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="97" />
            <source>Phone numbers typed without a + are read as numbers of this country, so a search finds them whichever way they were written.</source>
            <translation>شماره‌های تلفنی که بدون + وارد شده‌اند شمارهٔ این کشور در نظر گرفته می‌شوند، تا جستجو آن‌ها را به هر شکلی که نوشته شده باشند پیدا کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Dates</source>
            <translation>تاریخ‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Show &amp;dates as:</source>
            <translation>نمایش &amp;تاریخ‌ها به‌صورت:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="117" />
            <source>Start</source>
            <translation>شروع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="118" />
            <source>&amp;Open Cardfile on:</source>
            <translation>&amp;باز شدن Cardfile در:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="119" />
            <source>The page the window shows when Cardfile starts: the Dashboard, say.</source>
            <translation>صفحه‌ای که پنجره هنگام شروع Cardfile نشان می‌دهد: مثلاً پیشخوان.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="123" />
            <source>System default</source>
            <translation>پیش‌فرض سیستم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="129" />
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="130" />
            <source>&amp;Language:</source>
            <translation>&amp;زبان:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="133" />
            <source>Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. Cardfile speaks a newly chosen language after it is restarted.</source>
            <translation>منوها، پیام‌ها، تاریخ‌ها، زمان‌ها، اعداد و مبالغ پولی از زبانی که اینجا انتخاب می‌شود پیروی می‌کنند. Cardfile پس از راه‌اندازی دوباره به زبان تازه‌انتخاب‌شده درمی‌آید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="139" />
            <source>S&amp;ync Settings…</source>
            <translation>تنظیمات &amp;همگام‌سازی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="143" />
            <source>Sync</source>
            <translation>همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="144" />
            <source>The sync server, your sign-in and automatic sync have a page of their own.</source>
            <translation>سرور همگام‌سازی، ورود شما و همگام‌سازی خودکار صفحهٔ جداگانه‌ای دارند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="156" />
            <source>As the system shows them — {example}</source>
            <translation>همان‌طور که سیستم نشان می‌دهد — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="157" />
            <source>ISO 8601 — {example}</source>
            <translation>ISO 8601 — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="158" />
            <source>Written out — {example}</source>
            <translation>به‌صورت نوشتاری — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="175" />
            <source>The language could not be saved. {problem}</source>
            <translation>زبان ذخیره نشد. {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="184" />
            <source>Rewriting names</source>
            <translation>در حال بازنویسی نام‌ها</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="186" />
            <source>Rebuilding the search index</source>
            <translation>در حال بازسازی نمایهٔ جستجو</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="63" />
            <source>{record} — made private by its owner; your change was not kept</source>
            <translation>{record} — مالک آن را خصوصی کرده است؛ تغییر شما نگه داشته نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="65" />
            <source>{record} — only an administrator may give it to another user</source>
            <translation>{record} — فقط مدیر سیستم می‌تواند آن را به کاربر دیگری بدهد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="67" />
            <source>{record} — only an administrator may take it from {owner}</source>
            <translation>{record} — فقط مدیر سیستم می‌تواند آن را از {owner} بگیرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="69" />
            <source>{record} — only an administrator may take it from its owner</source>
            <translation>{record} — فقط مدیر سیستم می‌تواند آن را از مالکش بگیرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="71" />
            <source>{record} — only its owner may make it private or public</source>
            <translation>{record} — فقط مالک آن می‌تواند آن را خصوصی یا عمومی کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>{record} — only {owner} or an administrator may erase it</source>
            <translation>{record} — فقط {owner} یا مدیر سیستم می‌تواند آن را برای همیشه پاک کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>{record} — only its owner or an administrator may erase it</source>
            <translation>{record} — فقط مالک آن یا مدیر سیستم می‌تواند آن را برای همیشه پاک کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="77" />
            <source>{record}, {field} — the server cannot keep this value</source>
            <translation>{record}، {field} — سرور نمی‌تواند این مقدار را نگه دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="79" />
            <source>{record} — the server cannot keep one of its values</source>
            <translation>{record} — سرور نمی‌تواند یکی از مقدارهای آن را نگه دارد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="81" />
            <source>{record}, {field} — too large to sync; it stays on this device only</source>
            <translation>{record}، {field} — برای همگام‌سازی بیش از حد بزرگ است؛ فقط روی همین دستگاه می‌ماند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="85" />
            <source>{record} — a value too large to sync; it stays on this device only</source>
            <translation>{record} — مقداری که برای همگام‌سازی بیش از حد بزرگ است فقط روی همین دستگاه می‌ماند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="86" />
            <source>{record} — the server did not keep your change</source>
            <translation>{record} — سرور تغییر شما را نگه نداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="92" />
            <source>“{name}”</source>
            <comment>a record's name in a sentence</comment>
            <translation>«{name}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="94" />
            <source>a contact</source>
            <translation>یک مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="95" />
            <source>a company</source>
            <translation>یک شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>a deal</source>
            <translation>یک معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="97" />
            <source>an activity</source>
            <translation>یک فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="98" />
            <source>a note</source>
            <translation>یک یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="100" />
            <source>a record</source>
            <translation>یک رکورد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="108" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln تغییر در انتظار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="112" />
            <source>%Ln conflict(s)</source>
            <translation>
                <numerusform>%Ln تعارض</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="118" />
            <source>Syncing…</source>
            <translation>در حال همگام‌سازی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="120" />
            <source>Sync: checking…</source>
            <translation>همگام‌سازی: در حال بررسی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="122" />
            <source>Not set up</source>
            <translation>راه‌اندازی نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline — {waiting}</source>
            <translation>آفلاین — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline</source>
            <translation>آفلاین</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in — {waiting}</source>
            <translation>وارد نشده‌اید — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in</source>
            <translation>وارد نشده‌اید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed — {waiting}</source>
            <translation>همگام‌سازی ناموفق بود — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed</source>
            <translation>همگام‌سازی ناموفق بود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet · {waiting}</source>
            <translation>هنوز همگام نشده – {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet</source>
            <translation>هنوز همگام نشده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="134" />
            <source>Synced {when} · {waiting}</source>
            <translation>همگام‌شده {when} – {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="135" />
            <source>Synced {when}</source>
            <translation>همگام‌شده {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="141" />
            <source>Reading the sync state…</source>
            <translation>در حال خواندن وضعیت همگام‌سازی…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="143" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation>این پایگاه داده با سروری همگام نشده است. همگام‌سازی ▸ تنظیمات همگام‌سازی آن را راه‌اندازی می‌کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="144" />
            <source>Syncs with {server} as {user}.</source>
            <translation>همگام‌سازی با {server} به‌عنوان {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="146" />
            <source>Last synced {when}.</source>
            <translation>آخرین همگام‌سازی {when}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="148" />
            <source>Syncs by itself every %Ln minute(s).</source>
            <translation>
                <numerusform>هر %Ln دقیقه به‌طور خودکار همگام می‌شود.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="150" />
            <source>{waiting} to be sent.</source>
            <translation>{waiting} برای ارسال.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Sending changes: {count}</source>
            <translation>ارسال تغییرات: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Receiving changes: {count}</source>
            <translation>دریافت تغییرات: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="258" />
            <source>Syncing</source>
            <translation>در حال همگام‌سازی</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="271" />
            <source>Synced, but the server overruled %Ln change(s): {reason}. The value it holds is back.</source>
            <translation>
                <numerusform>همگام شد، اما سرور %Ln تغییر را نپذیرفت: {reason}. مقدار موجود در سرور برگردانده شد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="279" />
            <source>Synced: %Ln change(s) sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation>
                <numerusform>همگام شد: %Ln تغییر ارسال و {received} تغییر دریافت شد؛ {conflicts} برای بررسی در همگام‌سازی ▸ تعارض‌ها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="287" />
            <source>Synced: %Ln change(s) sent, {received} received.</source>
            <translation>
                <numerusform>همگام شد: %Ln تغییر ارسال و {received} تغییر دریافت شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="332" />
            <source>Sync</source>
            <translation>همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="352" />
            <source>Signing in</source>
            <translation>در حال ورود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="356" />
            <source>Signing out</source>
            <translation>در حال خروج</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Using the other values</source>
            <translation>در حال استفاده از مقادیر دیگر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Keeping values</source>
            <translation>در حال نگه‌داشتن مقادیر</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="410" />
            <source>Values sync could not merge: review them (Sync ▸ Conflicts)</source>
            <translation>مقادیری که همگام‌سازی نتوانست ادغام کند: آن‌ها را بررسی کنید (همگام‌سازی ▸ تعارض‌ها)</translation>
        </message>
    </context>
    <context>
        <name>SyncReason</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="30" />
            <source>wrong user name or password</source>
            <translation>نام کاربری یا گذرواژه نادرست است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="31" />
            <source>this computer's sign-in was revoked or has expired; sign in again</source>
            <translation>ورود این رایانه لغو شده یا منقضی شده است؛ دوباره وارد شوید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="32" />
            <source>this computer is not signed in yet</source>
            <translation>این رایانه هنوز وارد نشده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="33" />
            <source>what this computer sent is more than the server takes at once</source>
            <translation>این رایانه بیش از آنچه سرور یک‌جا می‌پذیرد فرستاده است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="34" />
            <source>the server and this version of Cardfile speak different versions of the sync protocol; update the older one</source>
            <translation>سرور و این نسخهٔ Cardfile از نسخه‌های متفاوت پروتکل همگام‌سازی استفاده می‌کنند؛ نسخهٔ قدیمی‌تر را به‌روز کنید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="38" />
            <source>the server ran into an error of its own; nothing was changed, try again later</source>
            <translation>در خود سرور خطایی رخ داد؛ چیزی تغییر نکرد، بعداً دوباره امتحان کنید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="39" />
            <source>the server could not take what this computer sent; nothing was changed</source>
            <translation>سرور نتوانست آنچه این رایانه فرستاد را بپذیرد؛ چیزی تغییر نکرد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="40" />
            <source>the server expected this computer's changes in another order; they are sent again</source>
            <translation>سرور تغییرات این رایانه را به ترتیب دیگری انتظار داشت؛ دوباره فرستاده می‌شوند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="41" />
            <source>nothing answers at that address (is the server running?)</source>
            <translation>هیچ چیز در آن نشانی پاسخ نمی‌دهد (آیا سرور در حال اجراست؟)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="42" />
            <source>it did not answer in time</source>
            <translation>به‌موقع پاسخ نداد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="43" />
            <source>the server's name is not known on this network</source>
            <translation>نام سرور در این شبکه شناخته نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="44" />
            <source>the secure connection failed</source>
            <translation>اتصال امن برقرار نشد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="45" />
            <source>the network connection failed</source>
            <translation>اتصال شبکه قطع شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="46" />
            <source>the connection dropped before the answer came through</source>
            <translation>اتصال پیش از رسیدن پاسخ قطع شد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="47" />
            <source>its answer is not a sync server's answer</source>
            <translation>پاسخ آن پاسخ یک سرور همگام‌سازی نیست</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="48" />
            <source>its answer does not follow the sync protocol</source>
            <translation>پاسخ آن از پروتکل همگام‌سازی پیروی نمی‌کند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="49" />
            <source>a password is needed the first time</source>
            <translation>بار اول گذرواژه لازم است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="50" />
            <source>this database is a restored backup or a copy of another; it syncs on as a new device</source>
            <translation>این پایگاه داده یک پشتیبان بازیابی‌شده یا رونوشتی از پایگاه دیگری است؛ به‌عنوان دستگاهی تازه همگام‌سازی را ادامه می‌دهد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="55" />
            <source>the user {account} is disabled on this server</source>
            <translation>کاربر {account} روی این سرور غیرفعال است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="57" />
            <source>this user is disabled on this server</source>
            <translation>این کاربر روی این سرور غیرفعال است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="59" />
            <source>this database already syncs as {account}; sign in as {account} or use another database</source>
            <translation>این پایگاه داده از قبل به‌نام {account} همگام‌سازی می‌شود؛ به‌عنوان {account} وارد شوید یا از پایگاه دادهٔ دیگری استفاده کنید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="65" />
            <source>too many failed sign-ins; try again in {wait}</source>
            <translation>ورودهای ناموفق بیش از حد؛ پس از {wait} دوباره امتحان کنید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="66" />
            <source>too many failed sign-ins; try again later</source>
            <translation>ورودهای ناموفق بیش از حد؛ بعداً دوباره امتحان کنید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="70" />
            <source>this computer's clock is {ahead} ahead of the server's: set its date and time right; the changes made meanwhile wait on this computer</source>
            <translation>ساعت این رایانه {ahead} از ساعت سرور جلوتر است: تاریخ و ساعت آن را درست کنید؛ تغییراتی که در این مدت انجام شده روی این رایانه منتظر می‌مانند</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="74" />
            <source>this computer's clock is ahead of the server's: set its date and time right</source>
            <translation>ساعت این رایانه از ساعت سرور جلوتر است: تاریخ و ساعت آن را درست کنید</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="77" />
            <source>it answered with HTTP status {status}</source>
            <translation>با وضعیت HTTP {status} پاسخ داد</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="78" />
            <source>it gave no reason this version of Cardfile knows</source>
            <translation>دلیلی نداد که این نسخهٔ Cardfile بشناسد</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="41" />
            <source>Off — only when I choose Sync Now</source>
            <translation>خاموش — فقط وقتی «همگام‌سازی اکنون» را انتخاب کنم</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="43" />
            <source>Every hour</source>
            <translation>هر ساعت</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="45" />
            <source>Every %Ln hour(s)</source>
            <translation>
                <numerusform>هر %Ln ساعت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="46" />
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>هر %Ln دقیقه</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="55" />
            <source>Sync Settings</source>
            <translation>تنظیمات همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="57" />
            <source>Sync keeps this database and your office's sync server in step: your changes go up, everyone else's come down. You can keep working while it runs.</source>
            <translation>همگام‌سازی این پایگاه داده و سرور همگام‌سازی دفتر شما را هماهنگ نگه می‌دارد: تغییرات شما بالا می‌روند و تغییرات دیگران پایین می‌آیند. هنگام اجرای آن می‌توانید به کار ادامه دهید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="81" />
            <source>&amp;Password:</source>
            <translation>&amp;گذرواژه:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="84" />
            <source>Send my password &amp;without encryption (the address is not https://)</source>
            <translation>ارسال گذرواژه &amp;بدون رمزنگاری (نشانی https:// نیست)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="91" />
            <source>&amp;Sign In</source>
            <translation>&amp;ورود</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="94" />
            <source>Sign &amp;Out</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="103" />
            <source>Server</source>
            <translation>سرور</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="104" />
            <source>Ser&amp;ver:</source>
            <translation>&amp;سرور:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="105" />
            <source>&amp;User name:</source>
            <translation>نام &amp;کاربری:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="123" />
            <source>Automatic sync</source>
            <translation>همگام‌سازی خودکار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="124" />
            <source>Sync &amp;automatically:</source>
            <translation>&amp;همگام‌سازی خودکار:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="125" />
            <source>Sync Now (F9, or in the Sync menu) syncs whenever you choose.</source>
            <translation>«همگام‌سازی اکنون» (F9، یا در منوی همگام‌سازی) هر زمان که بخواهید همگام‌سازی می‌کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="127" />
            <source>Sync &amp;Now</source>
            <translation>همگام‌سازی &amp;اکنون</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="159" />
            <source>Signed in as {user}.</source>
            <translation>واردشده با نام {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="161" />
            <source>Not signed in: type the password and sign in.</source>
            <translation>وارد نشده‌اید: گذرواژه را وارد کنید و وارد شوید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="163" />
            <source>Not set up: give the server and your user name, then sign in.</source>
            <translation>راه‌اندازی نشده: سرور و نام کاربری خود را وارد کنید، سپس وارد شوید.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="210" />
            <source>Signing in to {server}…</source>
            <translation>در حال ورود به {server}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="222" />
            <source>Signed in. Sync Now brings this database and the server together.</source>
            <translation>وارد شدید. «همگام‌سازی اکنون» این پایگاه داده و سرور را با هم هماهنگ می‌کند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="224" />
            <source>Signed in for this session only: without a keyring Cardfile asks again after a restart.</source>
            <translation>فقط برای این نشست وارد شدید: بدون کلیدساز (keyring)، Cardfile پس از راه‌اندازی دوباره باز هم می‌پرسد.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="230" />
            <source>Signed out. Changes made here wait until you sign in.</source>
            <translation>خارج شدید. تغییراتی که اینجا انجام می‌شود تا ورود شما در انتظار می‌مانند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="239" />
            <location filename="../../src/cardfile/ui/sync/settings.py" line="243" />
            <source>Syncing…</source>
            <translation>در حال همگام‌سازی…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="249" />
            <source>Synced: %Ln change(s) sent and {received} received.</source>
            <translation>
                <numerusform>همگام شد: %Ln تغییر ارسال و {received} تغییر دریافت شد.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="735" />
            <source>Remove the tag “{tag}”</source>
            <translation>برداشتن برچسب «{tag}»</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="92" />
            <source>Tag</source>
            <translation>برچسب</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="760" />
            <source>Add a tag…</source>
            <translation>افزودن برچسب…</translation>
        </message>
    </context>
    <context>
        <name>TaskIndicator</name>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="298" />
            <source>Stop</source>
            <translation>توقف</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="299" />
            <source>Stop this task</source>
            <translation>توقف این کار</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="344" />
            <source>{title} (and {count} more)</source>
            <translation>{title} (و {count} مورد دیگر)</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="33" />
            <source>Contact</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="34" />
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="35" />
            <source>Activity</source>
            <translation>فعالیت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="36" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="37" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="38" />
            <source>Group</source>
            <translation>گروه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="39" />
            <source>Saved lookup</source>
            <translation>جستجوی شرطی ذخیره‌شده</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="40" />
            <source>Custom field</source>
            <translation>فیلد سفارشی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>(no name)</source>
            <translation>(بدون نام)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="52" />
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="53" />
            <source>Deleted</source>
            <translation>حذف‌شده</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="72" />
            <source>Trash</source>
            <translation>سطل زباله</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="73" />
            <source>The Trash is empty</source>
            <translation>سطل زباله خالی است</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="74" />
            <source>Records you delete wait here until you restore them or erase them for good.</source>
            <translation>رکوردهایی که حذف می‌کنید تا زمانی که بازیابی یا برای همیشه پاکشان کنید اینجا می‌مانند.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="82" />
            <source>&amp;Restore</source>
            <translation>&amp;بازیابی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="85" />
            <source>Bring the selected records back, with their links</source>
            <translation>بازگرداندن رکوردهای انتخاب‌شده، همراه با پیوندهایشان</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="88" />
            <source>&amp;Erase…</source>
            <translation>&amp;پاک کردن…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="91" />
            <source>Erase the selected records and their history for good</source>
            <translation>پاک کردن رکوردهای انتخاب‌شده و تاریخچهٔ آن‌ها برای همیشه</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="93" />
            <source>Empty &amp;Trash…</source>
            <translation>خالی کردن &amp;سطل زباله…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="112" />
            <source>Restore</source>
            <translation>بازیابی</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="132" />
            <source>Erase “{name}” for good? It and its whole history leave the database; this cannot be undone.</source>
            <translation>«{name}» برای همیشه پاک شود؟ این رکورد و کل تاریخچه‌اش از پایگاه داده حذف می‌شوند؛ این کار واگردشدنی نیست.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase %Ln record(s) for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation>
                <numerusform>%Ln رکورد برای همیشه پاک شوند؟ این رکوردها و کل تاریخچه‌شان از پایگاه داده حذف می‌شوند؛ این کار واگردشدنی نیست.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="141" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="149" />
            <source>Erase for Good</source>
            <translation>پاک کردن برای همیشه</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="158" />
            <source>Erase all %Ln record(s) in the Trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>همهٔ %Ln رکورد سطل زباله برای همیشه پاک شوند؟ این کار واگردشدنی نیست.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="159" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="164" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="171" />
            <source>Empty Trash</source>
            <translation>خالی کردن سطل زباله</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="172" />
            <source>%Ln record(s) in the Trash belong to someone else: only their owner or an administrator of the sync server can erase them. They stay in the Trash, and anyone may restore them.</source>
            <translation>
                <numerusform>%Ln رکورد در سطل زباله متعلق به اشخاص دیگری است: فقط مالک یا مدیر سرور همگام‌سازی می‌تواند آن‌ها را پاک کند. در سطل زباله می‌مانند و هر کسی می‌تواند آن‌ها را بازیابی کند.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="188" />
            <source>%Ln record(s) in the Trash</source>
            <translation>
                <numerusform>%Ln رکورد در سطل زباله</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="110" />
            <source> · </source>
            <translation> – </translation>
        </message>
    </context>
</TS>
