<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="320" />
            <source>Undo {action}</source>
            <translation>Отменить: {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="321" />
            <source>Redo {action}</source>
            <translation>Повторить: {action}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="326" />
            <source>Clear %Ln activity(ies)</source>
            <translation>
                <numerusform>Завершение %Ln дела</numerusform>
                <numerusform>Завершение %Ln дел</numerusform>
                <numerusform>Завершение %Ln дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>Reschedule %Ln activity(ies)</source>
            <translation>
                <numerusform>Перенос %Ln дела</numerusform>
                <numerusform>Перенос %Ln дел</numerusform>
                <numerusform>Перенос %Ln дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="328" />
            <source>Delete %Ln activity(ies)</source>
            <translation>
                <numerusform>Удаление %Ln дела</numerusform>
                <numerusform>Удаление %Ln дел</numerusform>
                <numerusform>Удаление %Ln дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="337" />
            <source>Schedule an activity with each of %Ln person(s)</source>
            <translation>
                <numerusform>Планирование дела с каждым из %Ln контакта</numerusform>
                <numerusform>Планирование дела с каждым из %Ln контактов</numerusform>
                <numerusform>Планирование дела с каждым из %Ln контактов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="339" />
            <source>Import from {file}</source>
            <translation>Импорт из {file}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="341" />
            <source>Add contact</source>
            <translation>Добавление контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="342" />
            <source>Add contacts</source>
            <translation>Добавление контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="343" />
            <source>Edit contact</source>
            <translation>Изменение контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="344" />
            <source>Delete contact</source>
            <translation>Удаление контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="345" />
            <source>Restore contact</source>
            <translation>Восстановление контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="346" />
            <source>Tag contacts</source>
            <translation>Присвоение тегов контактам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="347" />
            <source>Delete contacts</source>
            <translation>Удаление контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="348" />
            <source>Tag companies</source>
            <translation>Присвоение тегов компаниям</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="349" />
            <source>Delete companies</source>
            <translation>Удаление компаний</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="350" />
            <source>Add company</source>
            <translation>Добавление компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="351" />
            <source>Edit company</source>
            <translation>Изменение компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="352" />
            <source>Delete company</source>
            <translation>Удаление компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="353" />
            <source>Restore company</source>
            <translation>Восстановление компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="354" />
            <source>Schedule activity</source>
            <translation>Планирование дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="355" />
            <source>Edit activity</source>
            <translation>Изменение дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="356" />
            <source>Clear activity</source>
            <translation>Завершение дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="357" />
            <source>Delete activity</source>
            <translation>Удаление дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="358" />
            <source>Restore activity</source>
            <translation>Восстановление дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="359" />
            <source>Change one occurrence</source>
            <translation>Изменение одного повторения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="360" />
            <source>Skip one occurrence</source>
            <translation>Пропуск одного повторения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="361" />
            <source>Reschedule activity</source>
            <translation>Перенос дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="362" />
            <source>Add activity type</source>
            <translation>Добавление типа дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="363" />
            <source>Snooze alarm</source>
            <translation>Отсрочка напоминания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="364" />
            <source>Dismiss alarm</source>
            <translation>Снятие напоминания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="365" />
            <source>Fix the dates of timeless activities</source>
            <translation>Исправление дат дел без времени</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="366" />
            <source>Add note</source>
            <translation>Добавление заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="367" />
            <source>Edit note</source>
            <translation>Изменение заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="368" />
            <source>Delete note</source>
            <translation>Удаление заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="369" />
            <source>Restore note</source>
            <translation>Восстановление заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="370" />
            <source>Add deal</source>
            <translation>Добавление сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="371" />
            <source>Edit deal</source>
            <translation>Изменение сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="372" />
            <source>Move deal</source>
            <translation>Перемещение сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="373" />
            <source>Close deal</source>
            <translation>Закрытие сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="374" />
            <source>Reopen deal</source>
            <translation>Повторное открытие сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="375" />
            <source>Delete deal</source>
            <translation>Удаление сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="376" />
            <source>Delete deals</source>
            <translation>Удаление сделок</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="377" />
            <source>Restore deal</source>
            <translation>Восстановление сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="378" />
            <source>Add to list</source>
            <translation>Добавление в список</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="379" />
            <source>Remove from list</source>
            <translation>Удаление из списка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="380" />
            <source>Add pipeline</source>
            <translation>Добавление воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="381" />
            <source>Rename pipeline</source>
            <translation>Переименование воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="382" />
            <source>Remove pipeline</source>
            <translation>Удаление воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="383" />
            <source>Add stage</source>
            <translation>Добавление этапа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="384" />
            <source>Change stage</source>
            <translation>Изменение этапа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="385" />
            <source>Reorder stages</source>
            <translation>Изменение порядка этапов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="386" />
            <source>Remove stage</source>
            <translation>Удаление этапа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="387" />
            <source>Add group</source>
            <translation>Добавление группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="388" />
            <source>Rename group</source>
            <translation>Переименование группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="389" />
            <source>Add to group</source>
            <translation>Добавление в группу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="390" />
            <source>Remove from group</source>
            <translation>Удаление из группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="391" />
            <source>Delete group</source>
            <translation>Удаление группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="392" />
            <source>Restore group</source>
            <translation>Восстановление группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="393" />
            <source>Save lookup</source>
            <translation>Сохранение выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="394" />
            <source>Edit lookup</source>
            <translation>Изменение выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="395" />
            <source>Delete lookup</source>
            <translation>Удаление выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="396" />
            <source>Add custom field</source>
            <translation>Добавление пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="397" />
            <source>Edit custom field</source>
            <translation>Изменение пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="398" />
            <source>Remove custom field</source>
            <translation>Удаление пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="399" />
            <source>Restore custom field</source>
            <translation>Восстановление пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="400" />
            <source>Restore from Trash</source>
            <translation>Восстановление из корзины</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="401" />
            <source>Erase record</source>
            <translation>Безвозвратное удаление записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="402" />
            <source>Empty Trash</source>
            <translation>Очистка корзины</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="403" />
            <source>Merge contacts</source>
            <translation>Объединение контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="404" />
            <source>Merge companies</source>
            <translation>Объединение компаний</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="405" />
            <source>Unmerge contacts</source>
            <translation>Разделение контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="406" />
            <source>Unmerge companies</source>
            <translation>Разделение компаний</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="407" />
            <source>Mark as not duplicates</source>
            <translation>Пометка «не дубликаты»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="408" />
            <source>Unmark not duplicates</source>
            <translation>Снятие пометки «не дубликаты»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="409" />
            <source>Carry over edits to merged records</source>
            <translation>Перенос изменений в объединённые записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="410" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="411" />
            <source>Sync (first on this device)</source>
            <translation>Синхронизация (первая на этом устройстве)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="412" />
            <source>Sync (sent)</source>
            <translation>Синхронизация (отправка)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="413" />
            <source>Sync (received)</source>
            <translation>Синхронизация (получение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="414" />
            <source>Sign in to sync</source>
            <translation>Вход для синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="415" />
            <source>Rebuild names after a sync</source>
            <translation>Обновление имён после синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="416" />
            <source>Take the other value</source>
            <translation>Выбор другого значения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="417" />
            <source>Keep the current value</source>
            <translation>Сохранение текущего значения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="418" />
            <source>Prepare search</source>
            <translation>Подготовка поиска</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="419" />
            <source>Rebuild the search index</source>
            <translation>Перестроение поискового индекса</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="420" />
            <source>Change name order</source>
            <translation>Изменение порядка имён</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="421" />
            <source>Repair database</source>
            <translation>Восстановление базы данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="422" />
            <source>import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="432" />
            <location filename="../../src/cardfile/ui/words.py" line="435" />
            <source>Delete {records}</source>
            <translation>Удаление: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="433" />
            <location filename="../../src/cardfile/ui/words.py" line="436" />
            <source>Tag {records}</source>
            <translation>Присвоение тега: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="434" />
            <source>Add {records}</source>
            <translation>Добавление: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="448" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="449" />
            <source>&amp;Undo {action}</source>
            <translation>&amp;Отменить: {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="455" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="456" />
            <source>&amp;Redo {action}</source>
            <translation>&amp;Повторить: {action}</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="279" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="280" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="187" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Запланировать…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/kind.py" line="281" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln дело</numerusform>
                <numerusform>%Ln дела</numerusform>
                <numerusform>%Ln дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="282" />
            <source>Activities: {count}</source>
            <translation>Дел: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="283" />
            <source>Nothing to do here</source>
            <translation>Здесь нет дел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="284" />
            <source>Calls, meetings and to-dos you schedule are listed here until you clear them. Schedule one with Ctrl+Shift+A from anywhere, or from a person's Activities tab.</source>
            <translation>Здесь будут запланированные вами звонки, встречи и задачи — пока вы их не завершите. Запланировать дело можно из любого места сочетанием Ctrl+Shift+A или на вкладке «Дела» контакта.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="288" />
            <source>No activities in this view</source>
            <translation>В этом представлении нет дел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="289" />
            <source>Select an activity to see it.</source>
            <translation>Выберите дело, чтобы просмотреть его.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="290" />
            <source>Ac&amp;tivity</source>
            <translation>Д&amp;ело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="86" />
            <source>&amp;Today</source>
            <translation>&amp;Сегодня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="87" />
            <location filename="../../src/cardfile/ui/activities/page.py" line="302" />
            <source>&amp;Overdue</source>
            <translation>&amp;Просроченные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="88" />
            <source>This &amp;Week</source>
            <translation>На &amp;этой неделе</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="89" />
            <source>&amp;Upcoming</source>
            <translation>Пре&amp;дстоящие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="90" />
            <source>A&amp;ll</source>
            <translation>Вс&amp;е</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="98" />
            <source>Any priority</source>
            <translation>Любой приоритет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Normal</source>
            <translation>Обычный</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="99" />
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="105" />
            <source>Anyone (type a name)</source>
            <translation>Любой контакт (введите имя)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="121" />
            <source>T&amp;ype:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="122" />
            <source>P&amp;riority:</source>
            <translation>Пр&amp;иоритет:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="123" />
            <source>O&amp;wner:</source>
            <translation>&amp;Владелец:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="124" />
            <source>&amp;With:</source>
            <translation>С &amp;кем:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="133" />
            <source>Drop tasks on a day to move them there; they keep their time of day</source>
            <translation>Перетащите дела на день, чтобы перенести их; время дня сохранится</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="136" />
            <source>Drag tasks onto a day to move them.</source>
            <translation>Чтобы перенести дела, перетащите их на нужный день.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="141" />
            <source>Birthdays and anniversaries</source>
            <translation>Дни рождения и годовщины</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="171" />
            <source>C&amp;lear…</source>
            <translation>Заве&amp;ршить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="172" />
            <source>Clear the selected tasks: say how they went (Ctrl+D)</source>
            <translation>Завершить выбранные дела и указать результат (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="174" />
            <source>&amp;Reschedule…</source>
            <translation>Пере&amp;нести…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="176" />
            <source>Move the selected tasks to another day or time (Ctrl+R)</source>
            <translation>Перенести выбранные дела на другой день или время (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="248" />
            <source>Any type</source>
            <translation>Любой тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="259" />
            <source>Anyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="261" />
            <source>me</source>
            <translation>я</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="275" />
            <source>Nothing more for today</source>
            <translation>На сегодня больше ничего нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="276" />
            <source>Nothing overdue</source>
            <translation>Просроченных дел нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="277" />
            <source>Nothing more this week</source>
            <translation>На этой неделе больше ничего нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="278" />
            <source>Nothing coming up</source>
            <translation>Предстоящих дел нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="279" />
            <source>Nothing to do</source>
            <translation>Дел нет</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln дело</numerusform>
                <numerusform>%Ln дела</numerusform>
                <numerusform>%Ln дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source> (filtered)</source>
            <translation> (с фильтром)</translation>
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
                <numerusform>%Ln просроченное дело</numerusform>
                <numerusform>%Ln просроченных дела</numerusform>
                <numerusform>%Ln просроченных дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="341" />
            <source>None in the next two weeks</source>
            <translation>В ближайшие две недели нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="349" />
            <source>birthday ({age})</source>
            <translation>день рождения ({age})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="351" />
            <source>birthday</source>
            <translation>день рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="355" />
            <source>anniversary ({years})</source>
            <translation>годовщина ({years})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="357" />
            <source>anniversary</source>
            <translation>годовщина</translation>
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
            <translation>Открыть: {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/page.py" line="404" />
            <source>Reschedule</source>
            <translation>Перенести</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="36" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Запланировать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="38" />
            <source>Schedule a call, meeting or to-do about this record</source>
            <translation>Запланировать звонок, встречу или задачу по этой записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="79" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>Ничего не запланировано. Здесь будут звонки, встречи и задачи с этим контактом.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="87" />
            <source>Coming up</source>
            <translation>Предстоящие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="94" />
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="97" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="102" />
            <source> · with {people}</source>
            <translation> · с участием: {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="103" />
            <source>Clear…</source>
            <translation>Завершить…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="108" />
            <source>… and %Ln more in the task list</source>
            <translation>
                <numerusform>… и ещё %Ln в списке дел</numerusform>
                <numerusform>… и ещё %Ln в списке дел</numerusform>
                <numerusform>… и ещё %Ln в списке дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="110" />
            <source>Done</source>
            <translation>Завершённые</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="113" />
            <source>did not take place</source>
            <translation>не состоялось</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="123" />
            <source>… and %Ln earlier in History</source>
            <translation>
                <numerusform>… и ещё %Ln ранее — в истории</numerusform>
                <numerusform>… и ещё %Ln ранее — в истории</numerusform>
                <numerusform>… и ещё %Ln ранее — в истории</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/tab.py" line="159" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="119" />
            <source>Schedule a Follow-up</source>
            <translation>Планирование следующего дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>Activity</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/actions.py" line="151" />
            <source>That activity was deleted.</source>
            <translation>Это дело было удалено.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="57" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="65" />
            <source>{first} – {last}, all day</source>
            <translation>{first} – {last}, весь день</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="68" />
            <source>{day}, all day</source>
            <translation>{day}, весь день</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="78" />
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>done</source>
            <translation>завершено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="79" />
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>low</source>
            <translation>низкий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>normal</source>
            <translation>обычный</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="83" />
            <source>high</source>
            <translation>высокий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="99" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="125" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="101" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="102" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="103" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="137" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="147" />
            <source>With</source>
            <translation>С кем</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="111" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="136" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="112" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="127" />
            <source>Length</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="131" />
            <source>In its zone</source>
            <translation>В своём часовом поясе</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="134" />
            <source>Repeats</source>
            <translation>Повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="135" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="201" />
            <source>scheduled</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="138" />
            <source>Alarm</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>Private</source>
            <translation>Личное</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="140" />
            <source>only you see it</source>
            <translation>видите только вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="141" />
            <source>Activity</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="142" />
            <source>Person</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="144" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="146" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="151" />
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>Result</source>
            <translation>Исход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="153" />
            <source>did not take place</source>
            <translation>не состоялось</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="155" />
            <source>Happened</source>
            <translation>Состоялось</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="157" />
            <source>Cleared</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="158" />
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="159" />
            <source>What came of it</source>
            <translation>Что из этого вышло</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="160" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/kind.py" line="236" />
            <source>History</source>
            <translation>История</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditors</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="70" />
            <source>New Type…</source>
            <translation>Новый тип…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>New Activity Type</source>
            <translation>Новый тип дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="78" />
            <source>Name of the new type (a demo, a visit…):</source>
            <translation>Название нового типа (демонстрация, визит…):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="142" />
            <source>At a time</source>
            <translation>В определённое время</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="143" />
            <source>All day</source>
            <translation>Весь день</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="144" />
            <source>Any time that day</source>
            <translation>В любое время дня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="145" />
            <source>No date</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <source>no length</source>
            <translation>без длительности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="159" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="222" />
            <source>for {length}</source>
            <translation>на {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="161" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="166" />
            <source>The last day of an activity over several days</source>
            <translation>Последний день многодневного дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="254" />
            <source>Does not repeat</source>
            <translation>Не повторяется</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="255" />
            <source>Daily</source>
            <translation>Ежедневно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="256" />
            <source>Weekly</source>
            <translation>Еженедельно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="257" />
            <source>Monthly</source>
            <translation>Ежемесячно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="258" />
            <source>Yearly</source>
            <translation>Ежегодно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="264" />
            <source>every </source>
            <translation>каждые </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="265" />
            <source>Every 2: every other day, week, month or year</source>
            <translation>Каждые 2: через день, через неделю, через месяц или через год</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>forever</source>
            <translation>бессрочно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>until</source>
            <translation>до</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="287" />
            <source>for</source>
            <translation>всего</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="297" />
            <source> times</source>
            <translation> раз</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="341" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="501" />
            <source>on day {day}</source>
            <translation>{day}-го числа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="344" />
            <location filename="../../src/cardfile/ui/activities/editors.py" line="496" />
            <source>on the {nth} {weekday}</source>
            <translation>{weekday} {nth} недели</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="346" />
            <source>on the last {weekday}</source>
            <translation>{weekday} последней недели</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="399" />
            <location filename="../../src/cardfile/ui/activities/form.py" line="383" />
            <source>A repeating activity needs a date.</source>
            <translation>Для повторяющегося дела нужна дата.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="408" />
            <source>The series would end before it starts.</source>
            <translation>Серия закончилась бы раньше, чем началась.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="432" />
            <source>As set elsewhere: {rule}</source>
            <translation>Как задано в другой программе: {rule}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="468" />
            <source>first</source>
            <translation>первой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="469" />
            <source>second</source>
            <translation>второй</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="470" />
            <source>third</source>
            <translation>третьей</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="471" />
            <source>fourth</source>
            <translation>четвёртой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="472" />
            <source>last</source>
            <translation>последней</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every day</source>
            <translation>
                <numerusform>Каждый день</numerusform>
                <numerusform>Каждый день</numerusform>
                <numerusform>Каждый день</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>Каждый %Ln день</numerusform>
                <numerusform>Каждые %Ln дня</numerusform>
                <numerusform>Каждые %Ln дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every week</source>
            <translation>
                <numerusform>Каждую неделю</numerusform>
                <numerusform>Каждую неделю</numerusform>
                <numerusform>Каждую неделю</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every %Ln week(s)</source>
            <translation>
                <numerusform>Каждую %Ln неделю</numerusform>
                <numerusform>Каждые %Ln недели</numerusform>
                <numerusform>Каждые %Ln недель</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every month</source>
            <translation>
                <numerusform>Каждый месяц</numerusform>
                <numerusform>Каждый месяц</numerusform>
                <numerusform>Каждый месяц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every %Ln month(s)</source>
            <translation>
                <numerusform>Каждый %Ln месяц</numerusform>
                <numerusform>Каждые %Ln месяца</numerusform>
                <numerusform>Каждые %Ln месяцев</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every year</source>
            <translation>
                <numerusform>Каждый год</numerusform>
                <numerusform>Каждый год</numerusform>
                <numerusform>Каждый год</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every %Ln year(s)</source>
            <translation>
                <numerusform>Каждый %Ln год</numerusform>
                <numerusform>Каждые %Ln года</numerusform>
                <numerusform>Каждые %Ln лет</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="491" />
            <source>on {days}</source>
            <translation>по дням: {days}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="503" />
            <source>on {date}</source>
            <translation>{date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="507" />
            <source>until {date}</source>
            <translation>до {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="509" />
            <source>%Ln time(s)</source>
            <translation>
                <numerusform>%Ln раз</numerusform>
                <numerusform>%Ln раза</numerusform>
                <numerusform>%Ln раз</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="583" />
            <source>Add a person: type part of a name</source>
            <translation>Добавить контакт: введите часть имени</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="614" />
            <source>{name} ×</source>
            <translation>{name} ×</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="615" />
            <source>Take {name} off this activity</source>
            <translation>Убрать {name} из этого дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="630" />
            <source>Choose a person from the suggestions, or clear the field.</source>
            <translation>Выберите контакт из подсказок или очистите поле.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="644" />
            <source>No deal (type part of its name)</source>
            <translation>Без сделки (введите часть названия)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="649" />
            <source>Not about a deal</source>
            <translation>Не относится к сделке</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/editors.py" line="680" />
            <source>Choose a deal from the suggestions, or clear the field.</source>
            <translation>Выберите сделку из подсказок или очистите поле.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="159" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>To-do</source>
            <translation>Задача</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="182" />
            <source>Change a Repeating Activity</source>
            <translation>Изменение повторяющегося дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="183" />
            <source>“{subject}” repeats. Change only this occurrence, or the whole series?</source>
            <translation>Дело «{subject}» повторяется. Изменить только это повторение или всю серию?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="190" />
            <source>This Occurrence</source>
            <translation>Это повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="192" />
            <source>Whole Series</source>
            <translation>Всю серию</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="203" />
            <source>Overlapping Activities</source>
            <translation>Пересекающиеся дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="204" />
            <source>Save it anyway?</source>
            <translation>Всё равно сохранить?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="213" />
            <source>This overlaps “{subject}” ({when}) of yours.</source>
            <translation>Это дело пересекается с вашим делом «{subject}» ({when}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/form.py" line="215" />
            <source>And %Ln more.</source>
            <translation>
                <numerusform>И ещё %Ln.</numerusform>
                <numerusform>И ещё %Ln.</numerusform>
                <numerusform>И ещё %Ln.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>Normal</source>
            <translation>Обычный</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="234" />
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="254" />
            <source>&amp;Type</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="255" />
            <source>&amp;Subject</source>
            <translation>Т&amp;ема</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="259" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="261" />
            <source>&amp;When</source>
            <translation>&amp;Когда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="262" />
            <source>&amp;Repeats</source>
            <translation>&amp;Повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="266" />
            <source>With</source>
            <translation>С кем</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="268" />
            <source>&amp;People</source>
            <translation>К&amp;онтакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="269" />
            <source>C&amp;ompany</source>
            <translation>Ко&amp;мпания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="270" />
            <source>&amp;Deal</source>
            <translation>&amp;Сделка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="274" />
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="276" />
            <source>P&amp;riority</source>
            <translation>П&amp;риоритет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="277" />
            <source>&amp;Alarm</source>
            <translation>&amp;Напоминание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="278" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>&amp;Личное: видите только вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="281" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="286" />
            <source>This activity was deleted meanwhile; its changes cannot be saved.</source>
            <translation>Тем временем это дело было удалено; изменения нельзя сохранить.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/form.py" line="309" />
            <source>An activity needs a subject: what is it about?</source>
            <translation>У дела должна быть тема: о чём оно?</translation>
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="293" />
            <source>Street</source>
            <translation>Улица, дом</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="294" />
            <source>Apartment, suite</source>
            <translation>Квартира, офис</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="295" />
            <source>PO box</source>
            <translation>Абонентский ящик</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="296" />
            <source>Postcode</source>
            <translation>Почтовый индекс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="297" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="298" />
            <source>State or region</source>
            <translation>Область или регион</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="299" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="142" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Запланировать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="143" />
            <source>&amp;Today</source>
            <translation>&amp;Сегодня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="147" />
            <source>Back (Alt+Left)</source>
            <translation>Назад (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="149" />
            <source>On (Alt+Right)</source>
            <translation>Вперёд (Alt+Right)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="150" />
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="151" />
            <source>&amp;Clear…</source>
            <translation>Заве&amp;ршить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="154" />
            <source>&amp;Day</source>
            <translation>&amp;День</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="155" />
            <source>&amp;Work Week</source>
            <translation>Рабочая &amp;неделя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="156" />
            <source>W&amp;eek</source>
            <translation>Н&amp;еделя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="157" />
            <source>&amp;Month</source>
            <translation>&amp;Месяц</translation>
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
            <translation>Перенос дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="325" />
            <source>Change Length</source>
            <translation>Изменение длительности</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/page.py" line="342" />
            <source>%Ln activity(s) shown</source>
            <translation>
                <numerusform>Показано %Ln дело</numerusform>
                <numerusform>Показано %Ln дела</numerusform>
                <numerusform>Показано %Ln дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="365" />
            <source>Unsaved Changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/page.py" line="366" />
            <source>Save the changes to this activity?</source>
            <translation>Сохранить изменения в этом деле?</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="184" />
            <source>all day</source>
            <translation>весь день</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>All day</source>
            <translation>Весь день</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="439" />
            <source>Any time</source>
            <translation>В любое время</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="444" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/view.py" line="451" />
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="547" />
            <location filename="../../src/cardfile/ui/calendar/view.py" line="607" />
            <source>+%Ln more</source>
            <translation>
                <numerusform>ещё %Ln</numerusform>
                <numerusform>ещё %Ln</numerusform>
                <numerusform>ещё %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="618" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln просрочено</numerusform>
                <numerusform>%Ln просрочено</numerusform>
                <numerusform>%Ln просрочено</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="133" />
            <source>turns {years} today</source>
            <translation>сегодня исполняется {years}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="135" />
            <source>%Ln year(s) today</source>
            <translation>
                <numerusform>сегодня исполняется %Ln год</numerusform>
                <numerusform>сегодня исполняется %Ln года</numerusform>
                <numerusform>сегодня исполняется %Ln лет</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="140" />
            <source>turns {years} tomorrow</source>
            <translation>завтра исполняется {years}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="142" />
            <source>%Ln year(s) tomorrow</source>
            <translation>
                <numerusform>завтра исполняется %Ln год</numerusform>
                <numerusform>завтра исполняется %Ln года</numerusform>
                <numerusform>завтра исполняется %Ln лет</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="145" />
            <source>turns {years} in %Ln day(s)</source>
            <translation>
                <numerusform>через %Ln день исполняется {years}</numerusform>
                <numerusform>через %Ln дня исполняется {years}</numerusform>
                <numerusform>через %Ln дней исполняется {years}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <source>{years} in %Ln day(s)</source>
            <translation>
                <numerusform>через %Ln день — {years}</numerusform>
                <numerusform>через %Ln дня — {years}</numerusform>
                <numerusform>через %Ln дней — {years}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln год</numerusform>
                <numerusform>%Ln года</numerusform>
                <numerusform>%Ln лет</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>age {years}</source>
            <translation>возраст: {years}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="154" />
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="156" />
            <source>tomorrow</source>
            <translation>завтра</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="158" />
            <source>in %Ln day(s)</source>
            <translation>
                <numerusform>через %Ln день</numerusform>
                <numerusform>через %Ln дня</numerusform>
                <numerusform>через %Ln дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="233" />
            <location filename="../../src/cardfile/ui/records/card.py" line="489" />
            <location filename="../../src/cardfile/ui/records/card.py" line="518" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="343" />
            <source>Email {address}</source>
            <translation>Написать на {address}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="344" />
            <source>Call {number}</source>
            <translation>Позвонить по номеру {number}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="352" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="353" />
            <source>Copy {value}</source>
            <translation>Копировать {value}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="362" />
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="396" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="397" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="398" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="400" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="402" />
            <source>Messaging</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="407" />
            <source>Custom fields</source>
            <translation>Пользовательские поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="410" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="411" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>moved to the Trash</source>
            <translation>перемещено в корзину</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="487" />
            <source>restored from the Trash</source>
            <translation>восстановлено из корзины</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="493" />
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="495" />
            <source>(a company since erased)</source>
            <translation>(компания, удалённая безвозвратно)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="497" />
            <source>(since erased)</source>
            <translation>(уже стёрто)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="501" />
            <source>(picture)</source>
            <translation>(изображение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="507" />
            <source>(a removed field)</source>
            <translation>(удалённое поле)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="540" />
            <source>other</source>
            <translation>другое</translation>
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
            <translation>Ctrl+S — сохранить · Esc — отменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="559" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="561" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="645" />
            <source>What you choose below is done to all of them, as one step Undo takes back.</source>
            <translation>То, что вы выберете ниже, будет сделано со всеми ними за один шаг, который отменяется командой «Отменить».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="751" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="887" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="889" />
            <source>Edit this card (F2)</source>
            <translation>Изменить карточку (F2)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="966" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="1044" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation>Изменено · Ctrl+S — сохранить · Esc — отменить</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="95" />
            <source>{unit}, billions</source>
            <translation>{unit}, млрд</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="96" />
            <source>{unit}, millions</source>
            <translation>{unit}, млн</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/charts.py" line="97" />
            <source>{unit}, thousands</source>
            <translation>{unit}, тыс.</translation>
        </message>
    </context>
    <context>
        <name>ClearDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear Activity</source>
            <translation>Завершение дела</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear %Ln Activities</source>
            <translation>
                <numerusform>Завершение %Ln дела</numerusform>
                <numerusform>Завершение %Ln дел</numerusform>
                <numerusform>Завершение %Ln дел</numerusform>
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
                <numerusform>Все %Ln дело будут завершены как состоявшиеся в запланированное время.</numerusform>
                <numerusform>Все %Ln дела будут завершены как состоявшиеся в запланированное время.</numerusform>
                <numerusform>Все %Ln дел будут завершены как состоявшиеся в запланированное время.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="90" />
            <source>&amp;Completed</source>
            <translation>&amp;Выполнено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="91" />
            <source>&amp;Left a message</source>
            <translation>&amp;Оставлено сообщение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="92" />
            <source>&amp;No answer</source>
            <translation>&amp;Нет ответа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="93" />
            <source>&amp;Other:</source>
            <translation>&amp;Другое:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="94" />
            <source>Did not take &amp;place</source>
            <translation>Н&amp;е состоялось</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="98" />
            <source>in your own words</source>
            <translation>своими словами</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="115" />
            <source>What came of it (optional)</source>
            <translation>Что из этого вышло (необязательно)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="118" />
            <source>Schedule a &amp;follow-up with the same people</source>
            <translation>Запланировать с&amp;ледующее дело с теми же людьми</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="122" />
            <source>Result:</source>
            <translation>Исход:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="124" />
            <source>&amp;Happened:</source>
            <translation>&amp;Состоялось:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="125" />
            <source>O&amp;utcome:</source>
            <translation>&amp;Результат:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="127" />
            <source>Clear</source>
            <translation>Завершить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="174" />
            <source>Say how it went, in a few words.</source>
            <translation>Опишите в нескольких словах, как всё прошло.</translation>
        </message>
    </context>
    <context>
        <name>CloseDeal</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Won</source>
            <translation>Сделка выиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="38" />
            <source>Deal Lost</source>
            <translation>Сделка проиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” won?</source>
            <translation>Почему сделка «{deal}» выиграна?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="39" />
            <source>Why was “{deal}” lost?</source>
            <translation>Почему сделка «{deal}» проиграна?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="57" />
            <source>Reason (optional)</source>
            <translation>Причина (необязательно)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="59" />
            <source>Pick a reason, or type a new one: it joins the list for next time.</source>
            <translation>Выберите причину или введите новую: она будет добавлена в список на будущее.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Won</source>
            <translation>Отметить как выигранную</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/closing.py" line="65" />
            <source>Mark as Lost</source>
            <translation>Отметить как проигранную</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="220" />
            <source>&amp;New Company</source>
            <translation>&amp;Новая компания</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>%Ln company(ies)</source>
            <translation>
                <numerusform>%Ln компания</numerusform>
                <numerusform>%Ln компании</numerusform>
                <numerusform>%Ln компаний</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="222" />
            <source>Companies: {count}</source>
            <translation>Компаний: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="223" />
            <source>No companies yet</source>
            <translation>Компаний пока нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="224" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation>Здесь перечислены организации. Компания добавляется, когда вы её создаёте или когда указываете у контакта название компании, которой ещё нет в базе.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="229" />
            <source>No companies match the filter</source>
            <translation>Нет компаний, подходящих под фильтр</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="230" />
            <source>Select a company to see its card.</source>
            <translation>Выберите компанию, чтобы открыть её карточку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="231" />
            <source>&amp;Company</source>
            <translation>&amp;Компания</translation>
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="67" />
            <source>part of {parent}</source>
            <translation>входит в {parent}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="69" />
            <source>website</source>
            <translation>сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="71" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="74" />
            <source>… and {count} more</source>
            <translation>… и ещё {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="76" />
            <source>People ({count})</source>
            <translation>Сотрудники ({count})</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="77" />
            <source>A company named “{name}” already exists</source>
            <translation>Компания «{name}» уже существует</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="79" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="86" />
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="87" />
            <source>&amp;Industry</source>
            <translation>&amp;Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="88" />
            <source>&amp;Website</source>
            <translation>&amp;Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>&amp;Part of</source>
            <translation>&amp;Входит в</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="89" />
            <source>The company this one belongs to, if any</source>
            <translation>Компания, в которую входит эта, если есть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="92" />
            <source>Add email address</source>
            <translation>Добавить адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="93" />
            <source>Add phone number</source>
            <translation>Добавить номер телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="94" />
            <source>Add address</source>
            <translation>Добавить адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="95" />
            <source>Add web address</source>
            <translation>Добавить веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Messaging and social</source>
            <translation>Мессенджеры и соцсети</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="96" />
            <source>Add account</source>
            <translation>Добавить аккаунт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="97" />
            <source>Add date</source>
            <translation>Добавить дату</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="98" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="99" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="100" />
            <source>Sharing</source>
            <translation>Доступ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="105" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation>Тем временем эта компания была удалена; ваши изменения не сохранены.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="110" />
            <source>Logo: choose an image file or remove the logo</source>
            <translation>Логотип: выберите файл изображения или удалите логотип</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="198" />
            <source>value</source>
            <translation>значение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="224" />
            <source>Remove this condition</source>
            <translation>Удалить это условие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="225" />
            <source>Remove condition</source>
            <translation>Удалить условие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="279" />
            <source>(removed field)</source>
            <translation>(удалённое поле)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="306" />
            <source>“{field} {test}” needs a value.</source>
            <translation>Для условия «{field} {test}» нужно значение.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="326" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="327" />
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>in the Trash</source>
            <translation>в корзине</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>not deleted</source>
            <translation>не удалено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="58" />
            <source>(picture)</source>
            <translation>(изображение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="76" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="79" />
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="82" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="83" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="84" />
            <source>Current value</source>
            <translation>Текущее значение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="85" />
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="87" />
            <source>Written by</source>
            <translation>Кем записано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="86" />
            <source>Other value</source>
            <translation>Другое значение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="93" />
            <source>{user} (you)</source>
            <translation>{user} (вы)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="107" />
            <source>Sync Conflicts</source>
            <translation>Конфликты синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="108" />
            <source>These fields were changed on two computers before they synced. Each record shows the newer value; the other one is kept here, so nothing is lost. Keep the current value, or use the other.</source>
            <translation>Эти поля были изменены на двух компьютерах до синхронизации. В записи сейчас более новое значение; другое хранится здесь, так что ничего не потеряно. Оставьте текущее значение или примените другое.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="113" />
            <source>No conflicts</source>
            <translation>Конфликтов нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="114" />
            <source>When two people change the same field before they sync, the newer value is used and the other waits here for you to review.</source>
            <translation>Если два человека изменят одно и то же поле до синхронизации, будет использовано более новое значение, а другое подождёт здесь вашей проверки.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="124" />
            <source>&amp;Open Record</source>
            <translation>&amp;Открыть запись</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="126" />
            <source>&amp;Keep Current</source>
            <translation>&amp;Оставить текущее</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="129" />
            <source>The record keeps the value it has; the other one is set aside</source>
            <translation>В записи остаётся её значение; другое откладывается</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="132" />
            <source>&amp;Use Other</source>
            <translation>&amp;Применить другое</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="135" />
            <source>The record takes the other value; it syncs to everyone</source>
            <translation>Запись получает другое значение; оно синхронизируется у всех</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="199" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>%Ln конфликт требует проверки</numerusform>
                <numerusform>%Ln конфликта требуют проверки</numerusform>
                <numerusform>%Ln конфликтов требуют проверки</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="50" />
            <source>Related People</source>
            <translation>Связанные люди</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="53" />
            <source>Personal</source>
            <translation>Личное</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="60" />
            <source>agent (assistant)</source>
            <translation>представитель (помощник)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="66" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="69" />
            <source>Pronounced</source>
            <translation>Произношение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="71" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="73" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="94" />
            <source>A contact named “{name}” at {company} already exists</source>
            <translation>Контакт «{name}» в компании {company} уже существует</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>A contact named “{name}” already exists</source>
            <translation>Контакт «{name}» уже существует</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="100" />
            <source>{sentence} ({why})</source>
            <translation>{sentence} ({why})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="112" />
            <source>Give the person a name, a company or an email address.</source>
            <translation>Укажите имя человека, компанию или адрес эл. почты.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>&amp;Prefix</source>
            <translation>&amp;Обращение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>&amp;Given name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>&amp;Middle name</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>&amp;Family name</source>
            <translation>&amp;Фамилия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="119" />
            <source>Suffi&amp;x</source>
            <translation>Су&amp;ффикс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="120" />
            <source>Nic&amp;kname</source>
            <translation>Про&amp;звище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="125" />
            <source>&amp;Display as</source>
            <translation>&amp;Показывать как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="126" />
            <source>Leave empty to show the name built from its parts</source>
            <translation>Оставьте пустым, чтобы показывать имя, составленное из частей</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="127" />
            <source>Built from the name</source>
            <translation>Составляется из имени</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="134" />
            <source>Work</source>
            <translation>Работа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="136" />
            <source>&amp;Title</source>
            <translation>&amp;Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="137" />
            <source>Depa&amp;rtment</source>
            <translation>&amp;Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="138" />
            <source>C&amp;ompany</source>
            <translation>&amp;Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="141" />
            <source>Add email address</source>
            <translation>Добавить адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="142" />
            <source>Add phone number</source>
            <translation>Добавить номер телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="143" />
            <source>Add address</source>
            <translation>Добавить адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="144" />
            <source>Add web address</source>
            <translation>Добавить веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Messaging and social</source>
            <translation>Мессенджеры и соцсети</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="145" />
            <source>Add account</source>
            <translation>Добавить аккаунт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="147" />
            <source>Personal</source>
            <translation>Личное</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Birthday</source>
            <translation>&amp;День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="148" />
            <source>&amp;Anniversary</source>
            <translation>&amp;Годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Other dates</source>
            <translation>Другие даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="150" />
            <source>Add date</source>
            <translation>Добавить дату</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="151" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="152" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="153" />
            <source>Sharing</source>
            <translation>Доступ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="158" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation>Тем временем этот контакт был удалён; ваши изменения не сохранены.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="204" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="205" />
            <source>&amp;New Contact</source>
            <translation>&amp;Новый контакт</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <location filename="../../src/cardfile/app.py" line="249" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln контакт</numerusform>
                <numerusform>%Ln контакта</numerusform>
                <numerusform>%Ln контактов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="207" />
            <source>Contacts: {count}</source>
            <translation>Контактов: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="208" />
            <source>No contacts yet</source>
            <translation>Контактов пока нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="209" />
            <source>The people you work with will be listed here: add them one by one, or import the vCard or CSV file another address book (Outlook, Google, a phone) exports.</source>
            <translation>Здесь будут люди, с которыми вы работаете: добавляйте их по одному или импортируйте файл vCard или CSV, выгруженный из другой адресной книги (Outlook, Google, телефона).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="214" />
            <source>No contacts match the filter</source>
            <translation>Нет контактов, подходящих под фильтр</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="215" />
            <source>Select a contact to see their card.</source>
            <translation>Выберите контакт, чтобы открыть его карточку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="216" />
            <source>&amp;Contact</source>
            <translation>&amp;Контакт</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="28" />
            <source>Cardfile ran into a problem</source>
            <translation>В Cardfile возникла ошибка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="37" />
            <source>Something unexpected went wrong while: {action}.

What you were changing was either saved whole or not at all: the database is never left half-written. You can go on working; if it happens again, please send the details to whoever looks after Cardfile for you.</source>
            <translation>Произошла непредвиденная ошибка; в это время выполнялось: {action}.

То, что вы меняли, сохранено либо целиком, либо не сохранено совсем: база данных никогда не остаётся записанной наполовину. Можно продолжать работу; если ошибка повторится, отправьте подробности тому, кто обслуживает у вас Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="49" />
            <source>The details are in the log file {path}</source>
            <translation>Подробности записаны в журнал {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="51" />
            <source>The details could not be written to a log file; copy them from here.</source>
            <translation>Подробности не удалось записать в журнал; скопируйте их отсюда.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="59" />
            <source>Copy details</source>
            <translation>Копировать подробности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="63" />
            <source>Open Log Folder</source>
            <translation>Открыть папку журналов</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="82" />
            <source>Cardfile ran into %Ln problem(s)</source>
            <translation>
                <numerusform>В Cardfile возникла %Ln ошибка</numerusform>
                <numerusform>В Cardfile возникли %Ln ошибки</numerusform>
                <numerusform>В Cardfile возникло %Ln ошибок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="86" />
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="69" />
            <source>starting Cardfile</source>
            <translation>запуск Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="133" />
            <source>pressing {keys}</source>
            <translation>нажатие {keys}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="141" />
            <source>choosing {command}</source>
            <translation>выбор команды «{command}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="148" />
            <source>clicking {button}</source>
            <translation>нажатие кнопки «{button}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="154" />
            <source>{what} in “{window}”</source>
            <translation>{what} в окне «{window}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="166" />
            <source>“{task}”, started after {action}</source>
            <translation>«{task}», запущено после: {action}</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="91" />
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Prefix (Dr., Ms.)</source>
            <translation>Обращение (д-р, г-жа)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Suffix (Jr., PhD)</source>
            <translation>Суффикс (мл., PhD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Given name (phonetic)</source>
            <translation>Имя (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Middle name (phonetic)</source>
            <translation>Отчество (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Family name (phonetic)</source>
            <translation>Фамилия (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Photo (web link)</source>
            <translation>Фото (веб-ссылка)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>vCard UID</source>
            <translation>UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="115" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Web address</source>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Messaging</source>
            <translation>Мессенджер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Other date</source>
            <translation>Другая дата</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="126" />
            <source>label</source>
            <translation>метка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>service</source>
            <translation>сервис</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>street</source>
            <translation>улица</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>city</source>
            <translation>город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>postal code</source>
            <translation>почтовый индекс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>country</source>
            <translation>страна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>PO box</source>
            <translation>абонентский ящик</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>extended address</source>
            <translation>доп. адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>whole address</source>
            <translation>адрес целиком</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="156" />
            <source>Add to notes with the column name</source>
            <translation>Добавить в заметки с названием столбца</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="158" />
            <source>Do not import</source>
            <translation>Не импортировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="165" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation>«{target}» (это поле неизвестно этой версии Cardfile)</translation>
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
            <translation>Каждая непустая ячейка добавляется в заметки контакта как «Столбец: значение».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="295" />
            <source>(empty in the first rows)</source>
            <translation>(пусто в первых строках)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>commas</source>
            <translation>запятыми</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>semicolons</source>
            <translation>точками с запятой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>tabs</source>
            <translation>табуляцией</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="301" />
            <source>vertical bars</source>
            <translation>вертикальными чертами</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="317" />
            <source>a Google Contacts export</source>
            <translation>экспорт из Google Контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>an Outlook export</source>
            <translation>экспорт из Outlook</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>a Cardfile export</source>
            <translation>экспорт из Cardfile</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="326" />
            <source>{file}: {encoding}, separated by {delimiter}, %Ln column(s).</source>
            <translation>
                <numerusform>{file}: {encoding}, значения разделены {delimiter}, %Ln столбец.</numerusform>
                <numerusform>{file}: {encoding}, значения разделены {delimiter}, %Ln столбца.</numerusform>
                <numerusform>{file}: {encoding}, значения разделены {delimiter}, %Ln столбцов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="333" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation>Файл распознан как {program}: столбцы уже сопоставлены.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="355" />
            <source>Map columns</source>
            <translation>Сопоставление столбцов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="357" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation>Выберите поле контакта, которое заполняет каждый столбец. Примеры значений взяты из первых строк файла.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="368" />
            <source>S&amp;tart from:</source>
            <translation>&amp;Начать с:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="370" />
            <source>&amp;Save Mapping…</source>
            <translation>&amp;Сохранить сопоставление…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="373" />
            <source>&amp;Delete Saved Mapping</source>
            <translation>&amp;Удалить сохранённое сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="417" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation>Предложено по значениям в этом столбце: измените, если неверно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Sample values</source>
            <translation>Примеры значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="430" />
            <source>Import as</source>
            <translation>Импортировать как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="439" />
            <source>(column {number}, no header)</source>
            <translation>(столбец {number}, без заголовка)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="447" />
            <source>Import column {column} as</source>
            <translation>Импортировать столбец {column} как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for this file</source>
            <translation>Предложено для этого файла</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Suggested for these files</source>
            <translation>Предложено для этих файлов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save Mapping</source>
            <translation>Сохранить сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="540" />
            <source>Save this column mapping as:</source>
            <translation>Сохранить это сопоставление столбцов как:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="548" />
            <source>Replace Mapping</source>
            <translation>Заменить сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="549" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation>Сопоставление «{name}» уже есть. Заменить его?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete Mapping</source>
            <translation>Удалить сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="565" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation>Удалить сохранённое сопоставление «{name}»?</translation>
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1011" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1012" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1067" />
            <source>Enter a number, such as {example}.</source>
            <translation>Введите число, например {example}.</translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="50" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="51" />
            <source>Number</source>
            <translation>Число</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="52" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="53" />
            <source>Choice</source>
            <translation>Выбор из списка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="54" />
            <source>Yes or no</source>
            <translation>Да или нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="61" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="62" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="63" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="64" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Used for</source>
            <translation>Применяется к</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Choices</source>
            <translation>Варианты</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="208" />
            <source>Custom Fields</source>
            <translation>Пользовательские поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="224" />
            <source>Fields of your own appear on the cards, in the lists and in lookups. Removing a field hides it; the values stay in the records and come back with Undo.</source>
            <translation>Ваши собственные поля появляются в карточках, списках и выборках. Удалённое поле скрывается; значения остаются в записях и возвращаются командой «Отменить».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="230" />
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="232" />
            <source>Re&amp;name…</source>
            <translation>Пере&amp;именовать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="234" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="309" />
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="324" />
            <source>Remove Field</source>
            <translation>Удалить поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="310" />
            <source>Remove the field “{name}” from {records}? Its values stay in the records and come back if you undo this.</source>
            <translation>Удалить поле «{name}» у записей типа «{records}»? Его значения останутся в записях и вернутся, если отменить это действие.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="86" />
            <source>This month</source>
            <translation>Этот месяц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="87" />
            <source>This quarter</source>
            <translation>Этот квартал</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="88" />
            <source>This year</source>
            <translation>Этот год</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="89" />
            <source>Last month</source>
            <translation>Прошлый месяц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="90" />
            <source>Last quarter</source>
            <translation>Прошлый квартал</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="91" />
            <source>The last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="158" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="161" />
            <source>The period won and lost deals, win rate, average size and forecast are about</source>
            <translation>Период, за который показаны выигранные и проигранные сделки, доля выигранных, средний размер и прогноз</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="168" />
            <source>The currency the charts show: amounts in other currencies are not added in</source>
            <translation>Валюта диаграмм: суммы в других валютах не учитываются</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="177" />
            <source>&amp;Period:</source>
            <translation>&amp;Период:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="178" />
            <source>P&amp;ipeline:</source>
            <translation>&amp;Воронка продаж:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="179" />
            <source>O&amp;wner:</source>
            <translation>В&amp;ладелец:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="180" />
            <source>&amp;Charts in:</source>
            <translation>Валюта &amp;диаграмм:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="192" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="201" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="202" />
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="214" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="262" />
            <source>Pipeline by stage</source>
            <translation>Воронка продаж по этапам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="275" />
            <source>Forecast by month</source>
            <translation>Прогноз по месяцам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="288" />
            <source>Biggest open deals</source>
            <translation>Крупнейшие открытые сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="347" />
            <source>All pipelines</source>
            <translation>Все воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="351" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Today (%Ln)</source>
            <translation>
                <numerusform>Сегодня (%Ln)</numerusform>
                <numerusform>Сегодня (%Ln)</numerusform>
                <numerusform>Сегодня (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Overdue (%Ln)</source>
            <translation>
                <numerusform>Просроченные (%Ln)</numerusform>
                <numerusform>Просроченные (%Ln)</numerusform>
                <numerusform>Просроченные (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing overdue.</source>
            <translation>Просроченных дел нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="468" />
            <source>Nothing scheduled for today.</source>
            <translation>На сегодня ничего не запланировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="472" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="474" />
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="478" />
            <source>{when} · {type}</source>
            <translation>{when} · {type}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="479" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="481" />
            <source>{subject} · with {people}</source>
            <translation>{subject} · с участием: {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="493" />
            <source>no deal was won or lost in the period</source>
            <translation>за период нет выигранных или проигранных сделок</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="497" />
            <source>win rate of the %Ln deal(s) closed in the period</source>
            <translation>
                <numerusform>доля выигранных из %Ln сделки, закрытой за период</numerusform>
                <numerusform>доля выигранных из %Ln сделок, закрытых за период</numerusform>
                <numerusform>доля выигранных из %Ln сделок, закрытых за период</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="499" />
            <source>Won: %Ln deal(s)</source>
            <translation>
                <numerusform>Выиграно: %Ln сделка</numerusform>
                <numerusform>Выиграно: %Ln сделки</numerusform>
                <numerusform>Выиграно: %Ln сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="500" />
            <source>Lost: %Ln deal(s)</source>
            <translation>
                <numerusform>Проиграно: %Ln сделка</numerusform>
                <numerusform>Проиграно: %Ln сделки</numerusform>
                <numerusform>Проиграно: %Ln сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="501" />
            <source>List the deals won in this period</source>
            <translation>Показать сделки, выигранные за этот период</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="502" />
            <source>List the deals lost in this period</source>
            <translation>Показать сделки, проигранные за этот период</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="508" />
            <source>Average deal won: {amounts}</source>
            <translation>Средняя выигранная сделка: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="509" />
            <source>Average deal won: none won in this period</source>
            <translation>Средняя выигранная сделка: за этот период выигранных нет</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="515" />
            <source>Won (%Ln)</source>
            <translation>
                <numerusform>Выиграно (%Ln)</numerusform>
                <numerusform>Выиграно (%Ln)</numerusform>
                <numerusform>Выиграно (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="517" />
            <source>%Ln deal(s) won: click to list them</source>
            <translation>
                <numerusform>Выиграна %Ln сделка: нажмите, чтобы показать</numerusform>
                <numerusform>Выиграны %Ln сделки: нажмите, чтобы показать их</numerusform>
                <numerusform>Выиграно %Ln сделок: нажмите, чтобы показать их</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="521" />
            <source>Lost (%Ln)</source>
            <translation>
                <numerusform>Проиграно (%Ln)</numerusform>
                <numerusform>Проиграно (%Ln)</numerusform>
                <numerusform>Проиграно (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="523" />
            <source>%Ln deal(s) lost: click to list them</source>
            <translation>
                <numerusform>Проиграна %Ln сделка: нажмите, чтобы показать</numerusform>
                <numerusform>Проиграны %Ln сделки: нажмите, чтобы показать их</numerusform>
                <numerusform>Проиграно %Ln сделок: нажмите, чтобы показать их</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="543" />
            <source>{amounts} + %Ln more currency(ies)</source>
            <translation>
                <numerusform>{amounts} + ещё %Ln валюта</numerusform>
                <numerusform>{amounts} + ещё %Ln валюты</numerusform>
                <numerusform>{amounts} + ещё %Ln валют</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="563" />
            <source>{stage}: {amount} in %Ln deal(s)</source>
            <translation>
                <numerusform>{stage}: {amount} в %Ln сделке</numerusform>
                <numerusform>{stage}: {amount} в %Ln сделках</numerusform>
                <numerusform>{stage}: {amount} в %Ln сделках</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="568" />
            <source>{stage}: {amount} weighted</source>
            <translation>{stage}: {amount} с учётом вероятности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="587" />
            <source>Weighted</source>
            <translation>С учётом вероятности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="574" />
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="597" />
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="578" />
            <source>Open deals of the pipeline “{pipeline}” in {currency}; click a bar to list them.</source>
            <translation>Открытые сделки воронки продаж «{pipeline}» в валюте {currency}; нажмите на столбец, чтобы показать их.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="590" />
            <source>{month}: {amount} weighted</source>
            <translation>{month}: {amount} с учётом вероятности</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="600" />
            <source>{month}: {amount} in %Ln open deal(s)</source>
            <translation>
                <numerusform>{month}: {amount} в %Ln открытой сделке</numerusform>
                <numerusform>{month}: {amount} в %Ln открытых сделках</numerusform>
                <numerusform>{month}: {amount} в %Ln открытых сделках</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="610" />
            <source>Open deals expected to close in the period, in {currency}; click a bar to list them.</source>
            <translation>Открытые сделки с ожидаемой датой закрытия в этом периоде, в валюте {currency}; нажмите на столбец, чтобы показать их.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="628" />
            <source>No open deals.</source>
            <translation>Открытых сделок нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="638" />
            <source>{amount} · {deal}</source>
            <translation>{amount} · {deal}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>won</source>
            <translation>выиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="670" />
            <source>lost</source>
            <translation>проиграна</translation>
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
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="77" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="205" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="260" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="80" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="206" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="261" />
            <source>Probability</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="89" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="207" />
            <source>Weighted</source>
            <translation>С учётом вероятности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="98" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="208" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="263" />
            <source>Close date</source>
            <translation>Дата закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="209" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="265" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="204" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="262" />
            <source>Status</source>
            <translation>Статус</translation>
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
            <translation>{percent} % (задана для этой сделки)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="148" />
            <source>{percent} % (the stage's)</source>
            <translation>{percent} % (по этапу)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="163" />
            <source>Reopen Deal</source>
            <translation>Повторное открытие сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Won…</source>
            <translation>Выиграна…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="166" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as won, with a reason</source>
            <translation>Закрыть сделку как выигранную, указав причину</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="170" />
            <source>Close this deal as lost, with a reason</source>
            <translation>Закрыть сделку как проигранную, указав причину</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="175" />
            <source>Reopen</source>
            <translation>Открыть снова</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="177" />
            <source>Open this deal again, in the stage it was in</source>
            <translation>Снова открыть сделку на том этапе, на котором она была</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="192" />
            <source>{pipeline} · {stage}</source>
            <translation>{pipeline} · {stage}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="199" />
            <source>not set</source>
            <translation>не задана</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="201" />
            <source>This open deal was expected to close before today.</source>
            <translation>Эту открытую сделку ожидалось закрыть до сегодняшнего дня.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="211" />
            <source>Deal</source>
            <translation>Сделка</translation>
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
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="227" />
            <source>{total} (the deal's amount)</source>
            <translation>{total} (сумма сделки)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="229" />
            <source>Line items</source>
            <translation>Позиции</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="230" />
            <source>Custom fields</source>
            <translation>Пользовательские поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <source>the stage's</source>
            <translation>по этапу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="238" />
            <location filename="../../src/cardfile/ui/deals/kind.py" line="253" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="242" />
            <source>(removed)</source>
            <translation>(удалено)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="259" />
            <source>Pipeline</source>
            <translation>Воронка продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="264" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="266" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="267" />
            <source>Company</source>
            <translation>Компания</translation>
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
            <translation>Истории пока нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · added by {user}</source>
            <translation>{when} · добавил(а) {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="301" />
            <source>{when} · by {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="314" />
            <source>Nobody yet. Edit the deal to add the people on it and their roles.</source>
            <translation>Пока никого. Измените сделку, чтобы добавить участников и их роли.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="316" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="324" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/kind.py" line="325" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
    </context>
    <context>
        <name>DealFilters</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="43" />
            <source>Any close date</source>
            <translation>Любая дата закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="44" />
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="45" />
            <source>Closing this month</source>
            <translation>Закрытие в этом месяце</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="46" />
            <source>Closing next month</source>
            <translation>Закрытие в следующем месяце</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="47" />
            <source>Closing this quarter</source>
            <translation>Закрытие в этом квартале</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="48" />
            <source>Closing next quarter</source>
            <translation>Закрытие в следующем квартале</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="49" />
            <source>Closing this year</source>
            <translation>Закрытие в этом году</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="50" />
            <source>No close date</source>
            <translation>Без даты закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="75" />
            <source>Show the deals of one pipeline</source>
            <translation>Показать сделки одной воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="76" />
            <source>Show one person's deals</source>
            <translation>Показать сделки одного человека</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="77" />
            <source>Show deals expected to close in a period</source>
            <translation>Показать сделки с ожидаемой датой закрытия в периоде</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="78" />
            <source>Show open, won or lost deals</source>
            <translation>Показать открытые, выигранные или проигранные сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="81" />
            <source>Any company</source>
            <translation>Любая компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="83" />
            <location filename="../../src/cardfile/ui/deals/filters.py" line="226" />
            <source>Show the deals with one company: type part of its name</source>
            <translation>Показать сделки с одной компанией: введите часть её названия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="86" />
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="105" />
            <source>All pipelines</source>
            <translation>Все воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="108" />
            <source>Anyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="196" />
            <source>Overdue, {range}</source>
            <translation>Просроченные, {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="197" />
            <source>Closing {range}</source>
            <translation>Закрытие {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="224" />
            <source>There is no company named “{name}”</source>
            <translation>Компании «{name}» нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="239" />
            <source>stage {stage}</source>
            <translation>этап «{stage}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="241" />
            <source>in {currency}</source>
            <translation>в валюте {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="245" />
            <source>none closed</source>
            <translation>закрытых нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="247" />
            <source>closed {range}</source>
            <translation>закрыты {range}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="255" />
            <source>(removed)</source>
            <translation>(удалён)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="273" />
            <source>Show All</source>
            <translation>Показать все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="275" />
            <source>Clear every filter and show all deals (Ctrl+Shift+A)</source>
            <translation>Сбросить все фильтры и показать все сделки (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/filters.py" line="284" />
            <source>Showing only deals: {filter}</source>
            <translation>Показаны только сделки: {filter}</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="76" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="80" />
            <source>“{text}” is not a number.</source>
            <translation>«{text}» — не число.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="103" />
            <source>Product or service</source>
            <translation>Товар или услуга</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="104" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="212" />
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="105" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="213" />
            <source>Unit price</source>
            <translation>Цена за единицу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="106" />
            <location filename="../../src/cardfile/ui/deals/form.py" line="214" />
            <source>Discount %</source>
            <translation>Скидка, %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="114" />
            <source>Remove this line item</source>
            <translation>Удалить эту позицию</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="154" />
            <source>Name the product or service.</source>
            <translation>Укажите товар или услугу.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>quantity</source>
            <translation>количество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="161" />
            <source>discount</source>
            <translation>скидка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="165" />
            <source>The {what} is not a number; write it as {example}.</source>
            <translation>Значение «{what}» не является числом; введите его в виде {example}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="173" />
            <source>A quantity is more than 0, with at most 6 decimals.</source>
            <translation>Количество должно быть больше 0 и иметь не более 6 знаков после запятой.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="175" />
            <source>A discount is between 0 and 100 percent.</source>
            <translation>Скидка должна быть от 0 до 100 процентов.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="211" />
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="215" />
            <source>Total</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="222" />
            <source>Add Line Item</source>
            <translation>Добавить позицию</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="227" />
            <source>The sum is the deal's amount</source>
            <translation>Итог — это сумма сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="229" />
            <source>Keep the amount equal to the line items' sum as they change</source>
            <translation>Поддерживать сумму сделки равной итогу по позициям при их изменении</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="281" />
            <source>Sum: {total}</source>
            <translation>Итого: {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="339" />
            <source>Type part of a name</source>
            <translation>Введите часть имени</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="353" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="360" />
            <source>Take this person off the deal</source>
            <translation>Убрать этого человека из сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="400" />
            <source>Choose the person from the names offered as you type.</source>
            <translation>Выберите человека из имён, предлагаемых при вводе.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="417" />
            <source>Add Person</source>
            <translation>Добавить человека</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="557" />
            <source>The stage's ({percent} %)</source>
            <translation>По этапу ({percent} %)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="584" />
            <source>The amount is the line items' sum</source>
            <translation>Сумма равна итогу по позициям</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="601" />
            <source>A deal needs a name.</source>
            <translation>У сделки должно быть название.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="607" />
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>&amp;Company</source>
            <translation>&amp;Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="608" />
            <source>The company the deal is with, if any</source>
            <translation>Компания, с которой заключается сделка, если есть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="611" />
            <source>&amp;Amount</source>
            <translation>&amp;Сумма</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="612" />
            <source>The deal's value, exactly, in its currency</source>
            <translation>Точная сумма сделки в её валюте</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>C&amp;lose date</source>
            <translation>&amp;Дата закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="615" />
            <source>When the deal is expected to close</source>
            <translation>Когда ожидается закрытие сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>O&amp;wner</source>
            <translation>&amp;Владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="617" />
            <source>Who looks after the deal</source>
            <translation>Кто ведёт сделку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="622" />
            <source>Pipeline</source>
            <translation>Воронка продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="624" />
            <source>&amp;Pipeline</source>
            <translation>Вор&amp;онка продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="625" />
            <source>&amp;Stage</source>
            <translation>&amp;Этап</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="628" />
            <source>P&amp;robability</source>
            <translation>В&amp;ероятность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="633" />
            <source>The chance the deal closes; below 0 goes back to the stage's</source>
            <translation>Вероятность закрытия сделки; значение ниже 0 возвращает вероятность этапа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="637" />
            <source>S&amp;tatus</source>
            <translation>С&amp;татус</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Won</source>
            <translation>Выиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="638" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="642" />
            <source>Rea&amp;son</source>
            <translation>&amp;Причина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="646" />
            <source>Why it was won or lost: pick one, or type a new one for the list</source>
            <translation>Почему сделка выиграна или проиграна: выберите причину или введите новую для списка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="650" />
            <source>Line items</source>
            <translation>Позиции</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="651" />
            <source>People on the deal</source>
            <translation>Участники сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/form.py" line="656" />
            <source>This deal was deleted meanwhile; your changes were not saved.</source>
            <translation>Тем временем эта сделка была удалена; ваши изменения не сохранены.</translation>
        </message>
    </context>
    <context>
        <name>Deals</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="31" />
            <source>Me</source>
            <translation>Я</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Won</source>
            <translation>Выиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="46" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="54" />
            <source>{date} · overdue</source>
            <translation>{date} · просрочена</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="58" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln сделка</numerusform>
                <numerusform>%Ln сделки</numerusform>
                <numerusform>%Ln сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="67" />
            <source>{total} · weighted {weighted}</source>
            <translation>{total} · с учётом вероятности {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="100" />
            <source>+ %Ln more currency(ies)</source>
            <translation>
                <numerusform>+ ещё %Ln валюта</numerusform>
                <numerusform>+ ещё %Ln валюты</numerusform>
                <numerusform>+ ещё %Ln валют</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="108" />
            <source>All periods</source>
            <translation>Все периоды</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="110" />
            <source>No close date</source>
            <translation>Без даты закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="112" />
            <source>Q{quarter} {year}</source>
            <translation>{quarter} кв. {year}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="123" />
            <source>Undated</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/texts.py" line="128" />
            <source>Q{quarter}</source>
            <translation>{quarter} кв.</translation>
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
            <translation>Продажи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="84" />
            <source>Prospect</source>
            <comment>seeded</comment>
            <translation>Первичный контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="85" />
            <source>Qualified</source>
            <comment>seeded</comment>
            <translation>Квалификация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Proposal</source>
            <comment>seeded</comment>
            <translation>Предложение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>Negotiation</source>
            <comment>seeded</comment>
            <translation>Переговоры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="88" />
            <source>Commitment</source>
            <comment>seeded</comment>
            <translation>Согласование</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="89" />
            <source>Price</source>
            <comment>seeded</comment>
            <translation>Цена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Product fit</source>
            <comment>seeded</comment>
            <translation>Соответствие продукта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>Relationship</source>
            <comment>seeded</comment>
            <translation>Отношения с клиентом</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>Service and support</source>
            <comment>seeded</comment>
            <translation>Обслуживание и поддержка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="93" />
            <source>Timing</source>
            <comment>seeded</comment>
            <translation>Сроки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="94" />
            <source>Other</source>
            <comment>seeded</comment>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="95" />
            <source>Competitor</source>
            <comment>seeded</comment>
            <translation>Конкурент</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="96" />
            <source>No budget</source>
            <comment>seeded</comment>
            <translation>Нет бюджета</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="97" />
            <source>No decision</source>
            <comment>seeded</comment>
            <translation>Решение не принято</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="98" />
            <source>Decision maker</source>
            <comment>seeded</comment>
            <translation>Лицо, принимающее решение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="99" />
            <source>Economic buyer</source>
            <comment>seeded</comment>
            <translation>Распорядитель бюджета</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="100" />
            <source>Influencer</source>
            <comment>seeded</comment>
            <translation>Влияющее лицо</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="101" />
            <source>Champion</source>
            <comment>seeded</comment>
            <translation>Сторонник</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="102" />
            <source>Technical evaluator</source>
            <comment>seeded</comment>
            <translation>Технический эксперт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="103" />
            <source>User</source>
            <comment>seeded</comment>
            <translation>Пользователь</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="52" />
            <source>&amp;Board</source>
            <translation>&amp;Доска</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="53" />
            <source>The open deals as cards in a column per stage; drag a card to move the deal</source>
            <translation>Открытые сделки в виде карточек, по столбцу на каждый этап; перетащите карточку, чтобы переместить сделку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="57" />
            <source>&amp;Forecast</source>
            <translation>&amp;Прогноз</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="58" />
            <source>Weighted and unweighted totals by the month or quarter deals should close</source>
            <translation>Суммы с учётом и без учёта вероятности по месяцам или кварталам ожидаемого закрытия сделок</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="60" />
            <source>&amp;Pipelines…</source>
            <translation>&amp;Воронки продаж…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/page.py" line="61" />
            <source>Add, rename, reorder and remove pipelines and their stages</source>
            <translation>Добавить, переименовать, упорядочить и удалить воронки продаж и их этапы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="235" />
            <source>&amp;New Deal</source>
            <translation>&amp;Новая сделка</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="236" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln сделка</numerusform>
                <numerusform>%Ln сделки</numerusform>
                <numerusform>%Ln сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="237" />
            <source>Deals: {count}</source>
            <translation>Сделок: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="238" />
            <source>No deals yet</source>
            <translation>Сделок пока нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="239" />
            <source>Your sales opportunities are followed here, stage by stage through a pipeline: what each is worth, who is on it and when it should close.</source>
            <translation>Здесь вы следите за своими сделками — этап за этапом по воронке продаж: сколько стоит каждая, кто в ней участвует и когда она должна закрыться.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="244" />
            <source>No deals match the filter</source>
            <translation>Нет сделок, соответствующих фильтру</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="245" />
            <source>Select a deal to see its card.</source>
            <translation>Выберите сделку, чтобы увидеть её карточку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="246" />
            <source>&amp;Deal</source>
            <translation>Сде&amp;лка</translation>
        </message>
    </context>
    <context>
        <name>DesktopSession</name>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="59" />
            <source>{name} is open in another Cardfile window.</source>
            <translation>База {name} уже открыта в другом окне Cardfile.</translation>
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
            <translation>совпадает имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="24" />
            <source>same name but for accents or case</source>
            <translation>имя совпадает с точностью до диакритики или регистра</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="25" />
            <source>same name, words in another order</source>
            <translation>имя совпадает, слова в другом порядке</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="26" />
            <source>same name in another script</source>
            <translation>то же имя, записанное другим алфавитом</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="27" />
            <source>name a typo apart</source>
            <translation>имя отличается опечаткой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="28" />
            <source>similar name</source>
            <translation>похожее имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="30" />
            <source>same email {detail}</source>
            <translation>совпадает эл. почта {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="31" />
            <source>same phone {detail}</source>
            <translation>совпадает телефон {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="32" />
            <source>same vCard UID</source>
            <translation>совпадает UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="33" />
            <source>same company {detail}</source>
            <translation>совпадает компания {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="34" />
            <source>same birthday {detail}</source>
            <translation>совпадает день рождения {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="35" />
            <source>same title {detail}</source>
            <translation>совпадает должность {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="36" />
            <source>same website {detail}</source>
            <translation>совпадает сайт {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="37" />
            <source>same address</source>
            <translation>совпадает адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="46" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="54" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="55" />
            <source>Name (phonetic)</source>
            <translation>Имя (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="56" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="57" />
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="58" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="59" />
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="60" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="61" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="62" />
            <source>Parent company</source>
            <translation>Головная компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="63" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="64" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="65" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="66" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="67" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="68" />
            <source>vCard UID</source>
            <translation>UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="69" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="70" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="71" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="72" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="73" />
            <source>Messaging</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="74" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="75" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="76" />
            <source>Other vCard properties</source>
            <translation>Другие свойства vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="86" />
            <source>A record cannot be merged with itself.</source>
            <translation>Запись нельзя объединить с самой собой.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="87" />
            <source>“{record}” is no longer there.</source>
            <translation>Записи «{record}» больше нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="88" />
            <source>A person and a company cannot be merged.</source>
            <translation>Контакт и компанию нельзя объединить.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="89" />
            <source>“{record}” is in the Trash or was merged already; restore or unmerge it first.</source>
            <translation>Запись «{record}» находится в корзине или уже объединена; сначала восстановите или разделите её.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="93" />
            <source>This merge was taken back already.</source>
            <translation>Это объединение уже отменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="94" />
            <source>One of the records was erased for good; the merge cannot be taken back.</source>
            <translation>Одна из записей стёрта навсегда; объединение нельзя отменить.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/words.py" line="95" />
            <source>“{record}” was merged into another record since; unmerge that merge first.</source>
            <translation>Запись «{record}» с тех пор была объединена с другой записью; сначала отмените то объединение.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="41" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="54" />
            <source>{first} and {second}: {score} — {why}</source>
            <translation>{first} и {second}: {score} — {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="65" />
            <source>No two cards share an email address or a phone number, or have the same name with the same company, address or birthday. Pairs you marked as not duplicates are not shown again.</source>
            <translation>Нет карточек с общим адресом эл. почты или номером телефона, а также с одинаковым именем при той же компании, адресе или дне рождения. Пары, помеченные как «не дубликаты», больше не показываются.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="81" />
            <source>Cards</source>
            <translation>Карточки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="82" />
            <source>Score</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="83" />
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="99" />
            <source>Duplicates</source>
            <translation>Дубликаты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="100" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="228" />
            <source>No duplicates found</source>
            <translation>Дубликаты не найдены</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="113" />
            <source>People</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="114" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="116" />
            <source>&amp;Look among:</source>
            <translation>&amp;Искать среди:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="118" />
            <source>&amp;Scan Again</source>
            <translation>Проверить &amp;заново</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="126" />
            <source>S&amp;top</source>
            <translation>Ост&amp;ановить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="149" />
            <source>&amp;Compare and Merge…</source>
            <translation>&amp;Сравнить и объединить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="152" />
            <source>Show the cards side by side and merge them into one</source>
            <translation>Показать карточки рядом и объединить их в одну</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="155" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;Не дубликаты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="158" />
            <source>These are different people (or companies): never propose them again</source>
            <translation>Это разные люди (или компании): больше не предлагать их</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="161" />
            <source>Show the first card in its list</source>
            <translation>Показать первую карточку в её списке</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="163" />
            <source>&amp;Marked Pairs…</source>
            <translation>Помеченные &amp;пары…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="165" />
            <source>The pairs marked as not duplicates, to take a mark back</source>
            <translation>Пары, помеченные как «не дубликаты», — чтобы снять пометку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="186" />
            <source>Reading the cards…</source>
            <translation>Чтение карточек…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="187" />
            <source>Comparing…</source>
            <translation>Сравнение…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="188" />
            <source>Grouping…</source>
            <translation>Группировка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="197" />
            <source>Looking for duplicates…</source>
            <translation>Поиск дубликатов…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="198" />
            <source>This takes a few seconds in a large address book.</source>
            <translation>В большой адресной книге это занимает несколько секунд.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="199" />
            <source>Looking for duplicates</source>
            <translation>Поиск дубликатов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="211" />
            <source>The scan was stopped</source>
            <translation>Проверка остановлена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="212" />
            <source>Scan Again looks for duplicates from the start.</source>
            <translation>Кнопка «Проверить заново» начнёт поиск дубликатов с начала.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="234" />
            <source>The scan failed</source>
            <translation>Ошибка проверки</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="298" />
            <source>%Ln group(s) of possible duplicates</source>
            <translation>
                <numerusform>%Ln группа возможных дубликатов</numerusform>
                <numerusform>%Ln группы возможных дубликатов</numerusform>
                <numerusform>%Ln групп возможных дубликатов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="322" />
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="323" />
            <source>Card</source>
            <translation>Карточка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="324" />
            <source>Marked</source>
            <translation>Помечено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="329" />
            <source>Not Duplicates</source>
            <translation>Не дубликаты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="330" />
            <source>No pairs are marked</source>
            <translation>Помеченных пар нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="331" />
            <source>Cards you mark as not duplicates in the Duplicates view are listed here.</source>
            <translation>Здесь будут карточки, которые вы пометили как «не дубликаты» в окне «Дубликаты».</translation>
        </message>
    </context>
    <context>
        <name>EntryLabel</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="147" />
            <source>work</source>
            <translation>рабочий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="148" />
            <source>home</source>
            <translation>домашний</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="149" />
            <source>mobile</source>
            <translation>мобильный</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="150" />
            <source>fax</source>
            <translation>факс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="151" />
            <source>other</source>
            <translation>другой</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="375" />
            <source>Preferred: use this one first</source>
            <translation>Основной: использовать в первую очередь</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="380" />
            <source>Move up (Alt+Up)</source>
            <translation>Вверх (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="384" />
            <source>Move down (Alt+Down)</source>
            <translation>Вниз (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="388" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="470" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="471" />
            <source>Phone number</source>
            <translation>Номер телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="472" />
            <source>www.example.com</source>
            <translation>www.example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="473" />
            <source>User name or number</source>
            <translation>Имя пользователя или номер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="488" />
            <source>Network or messenger</source>
            <translation>Сеть или мессенджер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="491" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="467" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation>Файл {path} записан более новой версией Cardfile (схема {found}); эта версия понимает схему {supported} и не будет его изменять. Чтобы открыть файл, установите более новую версию Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="472" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation>Файл {path} повреждён или не является базой Cardfile ({detail}). Он не изменён.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="473" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation>Файл {path} — база SQLite другой программы, а не база Cardfile. Он не изменён.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="476" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation>Файл {path} заблокирован другой программой или другим окном Cardfile; повторите попытку, когда работа с ним закончится. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="481" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation>Не удалось открыть {path}: {detail}. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="482" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation>Файл {path} можно читать, но нельзя изменять ({detail}). Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="483" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation>Проверка обнаружила повреждение файла {path} ({checked_at}: {problem}); Cardfile показывает его, но не изменяет. Восстановите резервную копию (cardfile db restore FILE) или исправьте базу (cardfile db repair). Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="488" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation>Диск, на котором находится {path}, заполнен; последнее изменение не сохранено. Освободите место и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="491" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation>Не удалось создать резервную копию {path} в {target}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="492" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation>Сегодняшняя автоматическая резервная копия {path} не создана ({detail}); больше ничего не затронуто, Cardfile повторит попытку в течение часа.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="497" />
            <source>There is nothing to undo</source>
            <translation>Нечего отменять</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="498" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation>Только {owner} может менять владельца этой записи ({record_type}) и её признак «личная»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="499" />
            <source>No {record_type} with id {record_id}</source>
            <translation>Нет записи ({record_type}) с идентификатором {record_id}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="500" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation>Сервер синхронизации ещё не выбран: укажите его в меню «Синхронизация ▸ Настройки синхронизации».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="501" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation>Нет связи с сервером синхронизации {server}: {detail}. Ваши изменения сохранены и будут синхронизированы позже.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="504" />
            <source>The sync server {server} refused: {detail}</source>
            <translation>Сервер синхронизации {server} отказал: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="505" />
            <source>A sync of this database is running already.</source>
            <translation>Синхронизация этой базы данных уже идёт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="506" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation>Синхронизация с {server} невозможна: {detail}. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="507" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation>Войдите на {server} как {user}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="508" />
            <source>There is no exchange rate from {source} to {target} yet: enter one in Exchange Rates…</source>
            <translation>Курса {source} к {target} ещё нет: укажите его в окне «Курсы валют…»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="511" />
            <source>No TrueType or OpenType font was found on this computer (looked in {folders}); install one (for example DejaVu Sans or Noto Sans) to make PDF reports.</source>
            <translation>На этом компьютере не найден шрифт TrueType или OpenType (поиск в {folders}); чтобы создавать отчёты в PDF, установите такой шрифт (например, DejaVu Sans или Noto Sans).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="516" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation>Синхронизация остановлена. Всё, что сервер успел подтвердить, сохранено; остальное будет отправлено при следующей синхронизации.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="519" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation>Ни в одном столбце нет имён людей, а в столбце {column!r} — их компания: каждый человек отображался бы под названием компании. Сопоставьте столбец с именами с полем имени или импортируйте как есть.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="524" />
            <source>Cannot merge {record}: {why}</source>
            <translation>Не удалось объединить {record}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="525" />
            <source>Cannot unmerge {record}: {why}</source>
            <translation>Не удалось разделить {record}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="526" />
            <source>This card was merged into another; Unmerge in Lookup ▸ Merge History brings it back.</source>
            <translation>Эта карточка объединена с другой; вернуть её можно кнопкой «Разделить» в окне «Выборка ▸ История объединений».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="529" />
            <source>Cardfile did not send your password to {server}: the address starts with http://, so anyone on the network could read it. Use the server's https:// address, or tick “Send my password without encryption” in Sync Settings.</source>
            <translation>Cardfile не отправил ваш пароль на {server}: адрес начинается с http://, поэтому его мог бы прочитать любой в сети. Укажите адрес сервера с https:// или установите флажок «Отправлять пароль без шифрования» в настройках синхронизации.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="535" />
            <source>Only {owner} or an administrator may erase this {record_type} for good; it stays in the Trash</source>
            <translation>Стереть эту запись ({record_type}) навсегда может только {owner} или администратор; она остаётся в корзине</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="538" />
            <source>No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. Choose the field of the column that holds them.</source>
            <translation>Ни один столбец не сопоставлен с именем, компанией или адресом эл. почты, поэтому контакты нельзя будет отличить друг от друга. Выберите поле для столбца, в котором они записаны.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="543" />
            <source>{file} is not a vCard file ({detail}); nothing was imported.</source>
            <translation>{file} — не файл vCard ({detail}); ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="544" />
            <source>{file} is not an iCalendar file ({detail}); nothing was imported.</source>
            <translation>{file} — не файл iCalendar ({detail}); ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="545" />
            <source>{file} is not a CSV file of contacts ({detail}); nothing was imported.</source>
            <translation>{file} — не файл CSV с контактами ({detail}); ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="546" />
            <source>Cannot read {file}: {detail}. Nothing was imported.</source>
            <translation>Не удалось прочитать {file}: {detail}. Ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="547" />
            <source>There are no .vcf or .vcard files in {folder}; nothing was imported.</source>
            <translation>В папке {folder} нет файлов .vcf или .vcard; ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="548" />
            <source>Cannot write {target}: {detail}. Nothing was exported.</source>
            <translation>Не удалось записать {target}: {detail}. Ничего не экспортировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="549" />
            <source>{file} is not a Google Contacts, Outlook or Cardfile export and its columns {columns} could not be matched to fields; choose which column holds which field. Nothing was imported.</source>
            <translation>{file} — не экспорт Google Контактов, Outlook или Cardfile, и его столбцы {columns} не удалось сопоставить с полями; укажите, какой столбец содержит какое поле. Ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="554" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation>На этом компьютере нет хранилища паролей, поэтому вход для синхронизации нельзя запомнить: Cardfile будет спрашивать пароль после каждого запуска.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="559" />
            <source>“{what}” matches several records: {candidates}. Choose one of them.</source>
            <translation>«{what}» подходит к нескольким записям: {candidates}. Выберите одну из них.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="560" />
            <source>This was changed elsewhere in the meantime; look at it again and repeat the change.</source>
            <translation>Тем временем это было изменено в другом месте; посмотрите ещё раз и повторите изменение.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="597" />
            <source>Cardfile could not do this ({code}).</source>
            <translation>Cardfile не смог это выполнить ({code}).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="611" />
            <location filename="../../src/cardfile/ui/words.py" line="797" />
            <source>Cardfile ran into an error of its own; the error report tells what happened.</source>
            <translation>В Cardfile произошла внутренняя ошибка; подробности — в отчёте об ошибке.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="619" />
            <source>there is no such file or folder</source>
            <translation>такого файла или папки нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="620" />
            <location filename="../../src/cardfile/ui/words.py" line="621" />
            <source>you do not have permission to use it</source>
            <translation>у вас нет прав на доступ к нему</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="622" />
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="623" />
            <source>your disk quota is used up</source>
            <translation>ваша дисковая квота исчерпана</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="624" />
            <source>the disk can only be read, not written</source>
            <translation>диск доступен только для чтения, запись невозможна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="625" />
            <source>it is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="626" />
            <source>a part of the path is not a folder</source>
            <translation>часть пути не является папкой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="627" />
            <source>it exists already</source>
            <translation>он уже существует</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="628" />
            <source>the name is too long</source>
            <translation>имя слишком длинное</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="629" />
            <location filename="../../src/cardfile/ui/words.py" line="630" />
            <source>another program is using it</source>
            <translation>он занят другой программой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="631" />
            <source>the disk could not be read or written (an input/output error)</source>
            <translation>не удалось прочитать диск или записать на него (ошибка ввода-вывода)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="632" />
            <location filename="../../src/cardfile/ui/words.py" line="633" />
            <source>too many files are open</source>
            <translation>открыто слишком много файлов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="634" />
            <source>the file is too large</source>
            <translation>файл слишком большой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="635" />
            <source>the folder is not empty</source>
            <translation>папка не пуста</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="636" />
            <source>its path goes round in a circle of links</source>
            <translation>путь зацикливается на ссылках</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="637" />
            <source>the name cannot be used here</source>
            <translation>это имя здесь использовать нельзя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="638" />
            <location filename="../../src/cardfile/ui/words.py" line="639" />
            <source>the disk or device is not there</source>
            <translation>диск или устройство недоступны</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="640" />
            <source>the connection was refused</source>
            <translation>в соединении отказано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="641" />
            <source>the connection was broken off</source>
            <translation>соединение прервано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="642" />
            <source>there was no answer in time</source>
            <translation>ответ не пришёл вовремя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="643" />
            <location filename="../../src/cardfile/ui/words.py" line="644" />
            <source>the network cannot reach it</source>
            <translation>сеть не может до него добраться</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="647" />
            <source>the system refused (error {number})</source>
            <translation>система отказала (ошибка {number})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="657" />
            <source>Cannot use {file}: {problem}.</source>
            <translation>Не удаётся использовать {file}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="658" />
            <source>The computer refused: {problem}.</source>
            <translation>Компьютер отказал: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="667" />
            <source>it needs an upgrade to schema {schema} first, which writes to it</source>
            <translation>сначала её нужно обновить до схемы {schema}, а это запись в неё</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="671" />
            <source>its contents are damaged</source>
            <translation>её содержимое повреждено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="672" />
            <source>its pages are damaged, which only a backup puts right</source>
            <translation>её страницы повреждены, исправит это только резервная копия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="673" />
            <source>its compressed copy is damaged</source>
            <translation>её сжатая копия повреждена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="674" />
            <source>it is not an SQLite database file</source>
            <translation>это не файл базы данных SQLite</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="675" />
            <source>SQLite cannot open it</source>
            <translation>SQLite не может её открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="676" />
            <source>it can only be read</source>
            <translation>её можно только читать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="678" />
            <source>the file is read-only for this user</source>
            <translation>файл доступен этому пользователю только для чтения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="679" />
            <source>its folder is read-only for this user</source>
            <translation>её папка доступна этому пользователю только для чтения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="690" />
            <source>only {free} free on its disk for a copy of {needed}</source>
            <translation>на диске свободно только {free}, а для копии нужно {needed}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="699" />
            <source>it is empty</source>
            <translation>он пуст</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="700" />
            <source>it holds binary data</source>
            <translation>в нём двоичные данные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="701" />
            <source>it has no header row</source>
            <translation>в нём нет строки заголовков</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="702" />
            <source>it is a vCard file</source>
            <translation>это файл vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="703" />
            <source>it does not begin as one</source>
            <translation>он начинается не так, как такой файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="704" />
            <source>there is no such file</source>
            <translation>такого файла нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="715" />
            <source>The column “{column}” cannot be mapped to “{target}”: that field takes no label or part.</source>
            <translation>Столбец «{column}» нельзя сопоставить с «{target}»: у этого поля нет меток и частей.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="719" />
            <source>The column “{column}” cannot be mapped to “{target}”: the field's parts are {parts}.</source>
            <translation>Столбец «{column}» нельзя сопоставить с «{target}»: части этого поля — {parts}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="721" />
            <source>The column “{column}” cannot be mapped to “{target}”: that is not a field's name.</source>
            <translation>Столбец «{column}» нельзя сопоставить с «{target}»: это не название поля.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="723" />
            <source>The column “{column}” cannot be mapped to “{target}”: there is no such field.</source>
            <translation>Столбец «{column}» нельзя сопоставить с «{target}»: такого поля нет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="738" />
            <source>The stage “{stage}” holds %Ln deal(s); choose the stage they move to: {stages}.</source>
            <translation>
                <numerusform>На этапе «{stage}» %Ln сделка; выберите этап, на который её перенести: {stages}.</numerusform>
                <numerusform>На этапе «{stage}» %Ln сделки; выберите этап, на который их перенести: {stages}.</numerusform>
                <numerusform>На этапе «{stage}» %Ln сделок; выберите этап, на который их перенести: {stages}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="741" />
            <source>The pipeline “{pipeline}” holds %Ln deal(s); choose a stage of another pipeline for them.</source>
            <translation>
                <numerusform>В воронке «{pipeline}» %Ln сделка; выберите для неё этап другой воронки.</numerusform>
                <numerusform>В воронке «{pipeline}» %Ln сделки; выберите для них этап другой воронки.</numerusform>
                <numerusform>В воронке «{pipeline}» %Ln сделок; выберите для них этап другой воронки.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A stage needs a name.</source>
            <translation>У этапа должно быть название.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="766" />
            <source>A pipeline needs a name.</source>
            <translation>У воронки продаж должно быть название.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="768" />
            <source>A name can be at most %Ln character(s) long.</source>
            <translation>
                <numerusform>Название может содержать не более %Ln символа.</numerusform>
                <numerusform>Название может содержать не более %Ln символов.</numerusform>
                <numerusform>Название может содержать не более %Ln символов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="772" />
            <source>The pipeline “{pipeline}” already has a stage named “{name}”.</source>
            <translation>В воронке «{pipeline}» уже есть этап «{name}».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="775" />
            <source>There is already a pipeline named “{name}”.</source>
            <translation>Воронка продаж «{name}» уже есть.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="777" />
            <source>{stage}: a probability is a whole number from 0 to 100.</source>
            <translation>{stage}: вероятность — целое число от 0 до 100.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="781" />
            <source>“{stage}” is the only stage of “{pipeline}”; a pipeline keeps at least one.</source>
            <translation>«{stage}» — единственный этап воронки «{pipeline}»; в воронке должен остаться хотя бы один этап.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="784" />
            <source>“{pipeline}” is the only pipeline; add another before removing it.</source>
            <translation>«{pipeline}» — единственная воронка продаж; добавьте другую, прежде чем удалять её.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="801" />
            <source>%Ln new contact(s)</source>
            <translation>
                <numerusform>%Ln новый контакт</numerusform>
                <numerusform>%Ln новых контакта</numerusform>
                <numerusform>%Ln новых контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="803" />
            <source>%Ln new company(ies)</source>
            <translation>
                <numerusform>%Ln новая компания</numerusform>
                <numerusform>%Ln новые компании</numerusform>
                <numerusform>%Ln новых компаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="805" />
            <source>%Ln changed record(s)</source>
            <translation>
                <numerusform>%Ln изменённая запись</numerusform>
                <numerusform>%Ln изменённые записи</numerusform>
                <numerusform>%Ln изменённых записей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="806" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation>Импорт остановился на полпути. {cause} То, что он успел записать, осталось в базе: {kept}. Когда проблема будет решена, команда «Правка ▸ Отменить» уберёт всё это за один шаг.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="810" />
            <source>the batches it had written</source>
            <translation>записанные им пакеты</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="69" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Contacts</source>
            <translation>Экспорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="84" />
            <source>All contacts and companies</source>
            <translation>Все контакты и компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="86" />
            <source>The selected records ({count})</source>
            <translation>Выбранные записи ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="88" />
            <source>A group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>A saved lookup</source>
            <translation>Сохранённая выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="93" />
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="102" />
            <source>vCard 3.0 (most compatible)</source>
            <translation>vCard 3.0 (наиболее совместимый)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="103" />
            <source>vCard 4.0</source>
            <translation>vCard 4.0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="104" />
            <source>CSV (spreadsheet)</source>
            <translation>CSV (электронная таблица)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="105" />
            <source>iCalendar (.ics): activities, for calendar programs</source>
            <translation>iCalendar (.ics): дела, для программ-календарей</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>All activities</source>
            <translation>Все дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="109" />
            <source>Those in a date range</source>
            <translation>Дела за период</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>{name}'s activities</source>
            <translation>Дела контакта {name}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>A person's activities</source>
            <translation>Дела контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="114" />
            <source>The selected activities ({count})</source>
            <translation>Выбранные дела ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="131" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="137" />
            <source>One file</source>
            <translation>Один файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="140" />
            <source>One file per contact, in a folder</source>
            <translation>По файлу на контакт, в папку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="144" />
            <source>Where to write</source>
            <translation>Куда записать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="147" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="154" />
            <source>Export:</source>
            <translation>Экспортировать:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="155" />
            <source>Group:</source>
            <translation>Группа:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="156" />
            <source>Lookup:</source>
            <translation>Выборка:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="157" />
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="158" />
            <source>Activities:</source>
            <translation>Дела:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="159" />
            <source>From:</source>
            <translation>С:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="160" />
            <source>Write:</source>
            <translation>Записать:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="162" />
            <source>Destination:</source>
            <translation>Назначение:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="172" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="239" />
            <source>Export Activities</source>
            <translation>Экспорт дел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="248" />
            <source>Export into Folder</source>
            <translation>Экспорт в папку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Calendar files (*.ics)</source>
            <translation>Файлы календаря (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="253" />
            <source>vCard files (*.vcf)</source>
            <translation>Файлы vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="255" />
            <source>Export to File</source>
            <translation>Экспорт в файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="292" />
            <source>{done} of {total} exported</source>
            <translation>Экспортировано {done} из {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="312" />
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="348" />
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="315" />
            <source>Exporting contacts</source>
            <translation>Экспорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="351" />
            <source>Exporting activities</source>
            <translation>Экспорт дел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="365" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation>Экспорт отменён; после него ничего не осталось.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="368" />
            <source>Exported %Ln record(s) to {target}.</source>
            <translation>
                <numerusform>%Ln запись экспортирована в {target}.</numerusform>
                <numerusform>%Ln записи экспортированы в {target}.</numerusform>
                <numerusform>%Ln записей экспортировано в {target}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="372" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="383" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="255" />
            <source>Prefix</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="256" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="257" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="258" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="259" />
            <source>Suffix</source>
            <translation>Суффикс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="260" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="261" />
            <location filename="../../src/cardfile/ui/words.py" line="262" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="263" />
            <source>Given name (phonetic)</source>
            <translation>Имя (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="264" />
            <source>Middle name (phonetic)</source>
            <translation>Отчество (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="265" />
            <source>Family name (phonetic)</source>
            <translation>Фамилия (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="266" />
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="267" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="268" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="269" />
            <source>Parent company</source>
            <translation>Головная компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="270" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="271" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="272" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="273" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="274" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="275" />
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="276" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="277" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="278" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="279" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="280" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="281" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="282" />
            <source>Messaging</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="283" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="284" />
            <source>Custom fields</source>
            <translation>Пользовательские поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="286" />
            <source>Private</source>
            <translation>Личная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>vCard UID</source>
            <translation>UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="289" />
            <source>Other vCard properties</source>
            <translation>Другие свойства vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="291" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="292" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="293" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="294" />
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="295" />
            <source>Ends</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="296" />
            <source>Any time that day</source>
            <translation>В любое время дня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="297" />
            <source>All day</source>
            <translation>Весь день</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="298" />
            <source>Time zone</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="299" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="300" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="301" />
            <source>Result</source>
            <translation>Исход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="302" />
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="303" />
            <source>Happened</source>
            <translation>Состоялось</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="304" />
            <source>Cleared</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="305" />
            <source>Alarm</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="306" />
            <source>Alarm snoozed until</source>
            <translation>Напоминание отложено до</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="307" />
            <source>Alarm dismissed</source>
            <translation>Напоминание закрыто</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="308" />
            <source>Repeats</source>
            <translation>Повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="309" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="310" />
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="311" />
            <source>Occurrence</source>
            <translation>Повторение серии</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="312" />
            <source>iCalendar UID</source>
            <translation>UID iCalendar</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>Rename Field</source>
            <translation>Переименовать поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>New Field</source>
            <translation>Новое поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="147" />
            <source>One choice per line</source>
            <translation>По одному варианту в строке</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="150" />
            <source>&amp;Choices:</source>
            <translation>&amp;Варианты:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="163" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="164" />
            <source>&amp;Type:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="165" />
            <source>&amp;Used for:</source>
            <translation>&amp;Применяется к:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="231" />
            <source>Any tag</source>
            <translation>Любой тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="232" />
            <source>Any group</source>
            <translation>Любая группа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="233" />
            <source>No lookup</source>
            <translation>Без выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="244" />
            <source>&amp;Tag:</source>
            <translation>&amp;Тег:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="245" />
            <source>&amp;Group:</source>
            <translation>&amp;Группа:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="246" />
            <source>&amp;Lookup:</source>
            <translation>&amp;Выборка:</translation>
        </message>
    </context>
    <context>
        <name>Forecast</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="113" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="114" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="115" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="116" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="117" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="490" />
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="118" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="485" />
            <source>Weighted</source>
            <translation>С учётом вероятности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="119" />
            <source>Won deals</source>
            <translation>Выигранные сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="120" />
            <source>Won</source>
            <translation>Выиграно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="166" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="168" />
            <source>{currency} (converted)</source>
            <translation>{currency} (пересчёт)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="205" />
            <source>Exchange Rates</source>
            <translation>Курсы валют</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="210" />
            <source>Totals in {target} are worked out at these rates. Enter the rates you use; they are kept with this database.</source>
            <translation>Итоги в {target} рассчитываются по этим курсам. Введите курсы, которыми вы пользуетесь; они хранятся в этой базе данных.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="224" />
            <source>rate</source>
            <translation>курс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="229" />
            <source>1 {currency} =</source>
            <translation>1 {currency} =</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="249" />
            <source>1 {currency} = {typed} {target}: a rate is a positive number, such as {example}.</source>
            <translation>1 {currency} = {typed} {target}: курс должен быть положительным числом, например {example}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="280" />
            <source>By month</source>
            <translation>По месяцам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="281" />
            <source>By quarter</source>
            <translation>По кварталам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="284" />
            <source>Everyone together</source>
            <translation>Все вместе</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="285" />
            <source>Per owner</source>
            <translation>По владельцам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="288" />
            <source>Add every currency up in one, at exchange rates you enter</source>
            <translation>Сложить все валюты в одной по введённым вами курсам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="289" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="416" />
            <source>Each currency apart</source>
            <translation>Каждая валюта отдельно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="290" />
            <source>Exchange &amp;Rates…</source>
            <translation>&amp;Курсы валют…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="305" />
            <source>The currency the chart shows</source>
            <translation>Валюта диаграммы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="402" />
            <source>(Exchange Rates…)</source>
            <translation>(Курсы валют…)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="418" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="425" />
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="538" />
            <source>All in {currency}</source>
            <translation>Всё в {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="437" />
            <source>Lines marked “converted” add every currency up in {target} at the exchange rates you entered: {rates}.</source>
            <translation>В строках с пометкой «пересчёт» все валюты сложены в {target} по введённым вами курсам: {rates}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="440" />
            <source>none needed</source>
            <translation>не требуются</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="444" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won. Each currency has its own lines: nothing is added across currencies.</source>
            <translation>Открытые сделки учитываются в периоде ожидаемой даты закрытия с учётом вероятности, выигранные — в периоде, когда они были выиграны. У каждой валюты свои строки: суммы в разных валютах не складываются.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 12 months, in</source>
            <translation>Ближайшие 12 месяцев, в валюте</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="475" />
            <source>The coming 8 quarters, in</source>
            <translation>Ближайшие 8 кварталов, в валюте</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="487" />
            <source>weighted</source>
            <translation>с учётом вероятности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="492" />
            <source>total</source>
            <translation>всего</translation>
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
                <numerusform>{period}: {amount} {what}, %Ln открытая сделка</numerusform>
                <numerusform>{period}: {amount} {what}, %Ln открытые сделки</numerusform>
                <numerusform>{period}: {amount} {what}, %Ln открытых сделок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="107" />
            <source>Add to Group</source>
            <translation>Добавить в группу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="109" />
            <source>Group, or the name of a new one</source>
            <translation>Группа или название новой группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="118" />
            <source>A new group “{name}” will be made.</source>
            <translation>Будет создана новая группа «{name}».</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="102" />
            <source>Window</source>
            <translation>Окно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="126" />
            <source>Keyboard Shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>What it does</source>
            <translation>Что делает</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="144" />
            <source>In a text field, the usual editing keys (Ctrl+C, Ctrl+Z …) work on the text.</source>
            <translation>В текстовом поле работают обычные клавиши редактирования (Ctrl+C, Ctrl+Z …).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="185" />
            <source>Cardfile User Guide</source>
            <translation>Руководство пользователя Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="195" />
            <source>The user guide is missing from this installation of Cardfile.</source>
            <translation>В этой установке Cardfile нет руководства пользователя.</translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="46" />
            <source>the email address is not valid</source>
            <translation>адрес электронной почты недействителен</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="47" />
            <source>the phone number holds no digit</source>
            <translation>в номере телефона нет ни одной цифры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="48" />
            <source>the web address is not valid</source>
            <translation>веб-адрес недействителен</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="49" />
            <source>the handle is not valid</source>
            <translation>имя пользователя недействительно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="50" />
            <source>the date is not a real date</source>
            <translation>такой даты не существует</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="51" />
            <source>the address is not valid</source>
            <translation>адрес недействителен</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="52" />
            <source>the value is not valid</source>
            <translation>значение недопустимо</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="57" />
            <source>the same vCard UID</source>
            <translation>тот же UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="58" />
            <source>the same email address</source>
            <translation>тот же адрес электронной почты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="59" />
            <source>the same phone number</source>
            <translation>тот же номер телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="60" />
            <source>the same name and company</source>
            <translation>то же имя и та же компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="70" />
            <source>the card has no BEGIN:VCARD line</source>
            <translation>у карточки нет строки BEGIN:VCARD</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="71" />
            <source>the card is not closed: the file ends before END:VCARD</source>
            <translation>карточка не закрыта: файл заканчивается раньше END:VCARD</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="72" />
            <source>the card is not closed: END:VCARD is missing before line {line}</source>
            <translation>карточка не закрыта: перед строкой {line} нет END:VCARD</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="75" />
            <source>the card is larger than {mb} MB</source>
            <translation>карточка больше {mb} МБ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="76" />
            <source>the lines after the last card are not a card</source>
            <translation>строки после последней карточки не являются карточкой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="78" />
            <source>the card is empty: it holds no name, address, date, note, photo or any other value</source>
            <translation>карточка пуста: в ней нет ни имени, ни адреса, ни даты, ни заметки, ни фото, ни других значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="79" />
            <source>the card is a vCard of kind “{kind}”, not a person or an organization</source>
            <translation>это vCard вида «{kind}», а не человек и не организация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="82" />
            <source>the card could not be read: its text is damaged or in an unknown encoding</source>
            <translation>карточку не удалось прочитать: её текст повреждён или в неизвестной кодировке</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="84" />
            <source>the line is not a vCard property and was skipped</source>
            <translation>строка не является свойством vCard и пропущена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="85" />
            <source>the name (N) has more than five parts; the rest were ignored</source>
            <translation>в имени (N) больше пяти частей; остальные пропущены</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="86" />
            <source>{property} “{value}” is not a date; it was kept as an extra vCard property</source>
            <translation>{property} «{value}» — не дата; значение сохранено как дополнительное свойство vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="89" />
            <source>the picture ({property}) could not be read; it was kept as an extra vCard property</source>
            <translation>изображение ({property}) не удалось прочитать; оно сохранено как дополнительное свойство vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="92" />
            <source>{problem}; it was kept as an extra vCard property</source>
            <translation>{problem}; значение сохранено как дополнительное свойство vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="96" />
            <source>{header}: {problem}; it was kept in the note</source>
            <translation>{header}: {problem}; значение сохранено в заметке</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="99" />
            <source>the row is empty: every value it holds is left out</source>
            <translation>строка пуста: все её значения пропускаются</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="101" />
            <source>the {block} is incomplete (no END:{block})</source>
            <translation>{block} не завершён (нет END:{block})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="102" />
            <source>the event has no start (DTSTART)</source>
            <translation>у события нет начала (DTSTART)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="103" />
            <source>line {line}: the end is a date and the start a time, or the other way round</source>
            <translation>строка {line}: конец задан датой, а начало — временем, или наоборот</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="106" />
            <source>line {line}: it ends before it starts</source>
            <translation>строка {line}: окончание раньше начала</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="107" />
            <source>line {line}: a repeating item needs a start</source>
            <translation>строка {line}: у повторяющегося элемента должно быть начало</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="108" />
            <source>line {line}: Cardfile cannot use this repeat rule (RRULE)</source>
            <translation>строка {line}: Cardfile не может использовать это правило повторения (RRULE)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="109" />
            <source>line {line}: {property} “{value}” is not a date or time</source>
            <translation>строка {line}: {property} «{value}» — не дата и не время</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="112" />
            <source>line {line}: unknown time zone “{zone}”</source>
            <translation>строка {line}: неизвестный часовой пояс «{zone}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="113" />
            <source>line {line}: {property} “{value}” is not a duration</source>
            <translation>строка {line}: {property} «{value}» — не продолжительность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="116" />
            <source>it has no UID: importing it again will make a second copy</source>
            <translation>у него нет UID: повторный импорт создаст вторую копию</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/problems.py" line="117" />
            <source>line {line}: an alarm %Ln minute(s) ahead is kept as 30 days ahead</source>
            <translation>
                <numerusform>строка {line}: напоминание за %Ln минуту сохранено как напоминание за 30 дней</numerusform>
                <numerusform>строка {line}: напоминание за %Ln минуты сохранено как напоминание за 30 дней</numerusform>
                <numerusform>строка {line}: напоминание за %Ln минут сохранено как напоминание за 30 дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="121" />
            <source>skipped as chosen</source>
            <translation>пропущено по вашему выбору</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="122" />
            <source>the same person as a contact already there ({matched})</source>
            <translation>тот же человек, что и уже существующий контакт ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="125" />
            <source>the same company as one already there ({matched})</source>
            <translation>та же компания, что и уже существующая ({matched})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/problems.py" line="128" />
            <source>line {line}: {problem}</source>
            <translation>строка {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="43" />
            <source>Check the events and to-dos</source>
            <translation>Проверьте события и задачи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Repeats</source>
            <translation>Повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="49" />
            <source>Already imported</source>
            <translation>Уже импортировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="56" />
            <source>Update them from the file</source>
            <translation>Обновить их из файла</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="57" />
            <source>Leave them as they are</source>
            <translation>Оставить как есть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="59" />
            <source>Items imported before:</source>
            <translation>Ранее импортированные элементы:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="75" />
            <source>(line {line})</source>
            <translation>(строка {line})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="78" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>repeats</source>
            <translation>повторяется</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="83" />
            <source>one occurrence</source>
            <translation>одно повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="84" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="89" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="174" />
            <source>Line {line} of {file}: {reason}</source>
            <translation>Строка {line} файла {file}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="100" />
            <source>{files}: the first %Ln item(s), {known} imported before, {rejected} not importable.</source>
            <translation>
                <numerusform>{files}, первые элементы: %Ln; импортированы ранее: {known}; нельзя импортировать: {rejected}.</numerusform>
                <numerusform>{files}, первые элементы: %Ln; импортированы ранее: {known}; нельзя импортировать: {rejected}.</numerusform>
                <numerusform>{files}, первые элементы: %Ln; импортированы ранее: {known}; нельзя импортировать: {rejected}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="103" />
            <source>Items after these are imported too.</source>
            <translation>Элементы после них тоже будут импортированы.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="104" />
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln файл</numerusform>
                <numerusform>%Ln файла</numerusform>
                <numerusform>%Ln файлов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Import as new</source>
            <translation>Импортировать как новый</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Update existing</source>
            <translation>Обновить существующий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="76" />
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="81" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="185" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="86" />
            <source>(no title)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="91" />
            <source>same vCard UID</source>
            <translation>тот же UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="92" />
            <source>same email</source>
            <translation>тот же адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="93" />
            <source>same phone</source>
            <translation>тот же телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="94" />
            <source>same name and company</source>
            <translation>те же имя и компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Duplicate of</source>
            <translation>Дубликат записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="112" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="188" />
            <source>Line {line}: {reason}</source>
            <translation>Строка {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="195" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="198" />
            <source>Cannot import</source>
            <translation>Невозможно импортировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="285" />
            <source>Add the files to import with Add Files… or Add Folder…, or drop them here.</source>
            <translation>Добавьте файлы для импорта кнопками «Добавить файлы…» или «Добавить папку…» или перетащите их сюда.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="296" />
            <source>Choose files to import</source>
            <translation>Выберите файлы для импорта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="298" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, CSV files, or calendar files (.ics) from Outlook, Google Calendar, Apple Calendar or Thunderbird.</source>
            <translation>Файлы vCard (.vcf, .vcard) из телефонов, Outlook, Gmail или Apple Contacts, файлы CSV или файлы календаря (.ics) из Outlook, Google Calendar, Apple Calendar или Thunderbird.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="307" />
            <source>Add Files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="309" />
            <source>Add Folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="311" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="333" />
            <source>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what each column holds next.</source>
            <translation>Outlook: Файл ▸ Открыть и экспортировать ▸ Импорт и экспорт ▸ Экспорт в файл ▸ Значения, разделённые запятыми. Google Контакты: Экспортировать ▸ Google CSV. Подойдёт и CSV-файл любой другой программы: на следующем шаге вы выберете, что содержит каждый столбец.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="352" />
            <source>Contact files ({patterns})</source>
            <translation>Файлы контактов ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="353" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="354" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="358" />
            <source>Import Files</source>
            <translation>Импорт файлов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="363" />
            <source>Import a Folder</source>
            <translation>Импорт папки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="392" />
            <source>Check the cards</source>
            <translation>Проверка карточек</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="394" />
            <source>Choose what happens to each card that duplicates a contact already here.</source>
            <translation>Выберите, что делать с каждой карточкой, которая дублирует уже имеющийся контакт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="422" />
            <source>Other duplicates:</source>
            <translation>Другие дубликаты:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="446" />
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln карточка</numerusform>
                <numerusform>%Ln карточки</numerusform>
                <numerusform>%Ln карточек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="447" />
            <source>from %Ln file(s)</source>
            <translation>
                <numerusform>из %Ln файла</numerusform>
                <numerusform>из %Ln файлов</numerusform>
                <numerusform>из %Ln файлов</numerusform>
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
            <translation>Первые {cards} {files}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="452" />
            <source>%Ln duplicate(s)</source>
            <translation>
                <numerusform>%Ln дубликат</numerusform>
                <numerusform>%Ln дубликата</numerusform>
                <numerusform>%Ln дубликатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="453" />
            <source>%Ln not importable</source>
            <translation>
                <numerusform>не импортируется: %Ln</numerusform>
                <numerusform>не импортируется: %Ln</numerusform>
                <numerusform>не импортируется: %Ln</numerusform>
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
            <translation>Карточки после этих тоже импортируются; с их дубликатами поступят так, как выбрано ниже.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="485" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="486" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation>Отмена уберёт всё, что записал этот импорт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="487" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="500" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="521" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="553" />
            <source>Import finished</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="522" />
            <source>What was imported, and each card that was not, with why.</source>
            <translation>Что импортировано, а также каждая карточка, которая не была импортирована, и причина.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="526" />
            <source>Cards that were not imported or were skipped, and why:</source>
            <translation>Карточки, которые не были импортированы или были пропущены, и причины:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Card</source>
            <translation>Карточка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="550" />
            <source>Import cancelled</source>
            <translation>Импорт отменён</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="551" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation>Импорт отменён. Ничего не импортировано и ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="554" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation>Импортировано как новые: {imported}, обновлено: {updated}, пропущено: {skipped}, не импортировано: {rejected}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="563" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation>Команда «Правка ▸ Отменить» отменяет весь импорт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="565" />
            <source>Not imported</source>
            <translation>Не импортирована</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="566" />
            <source>Skipped</source>
            <translation>Пропущена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="609" />
            <source>Import Contacts</source>
            <translation>Импорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="633" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="660" />
            <source>Import calendar files (.ics) apart from vCard and CSV files.</source>
            <translation>Импортируйте файлы календаря (.ics) отдельно от файлов vCard и CSV.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="721" />
            <source>Importing calendar files</source>
            <translation>Импорт файлов календаря</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="741" />
            <source>%Ln card(s) read: {imported} new, {updated} updated</source>
            <translation>
                <numerusform>Прочитана %Ln карточка: новых — {imported}, обновлено — {updated}</numerusform>
                <numerusform>Прочитаны %Ln карточки: новых — {imported}, обновлено — {updated}</numerusform>
                <numerusform>Прочитано %Ln карточек: новых — {imported}, обновлено — {updated}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="757" />
            <source>Importing contacts</source>
            <translation>Импорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="767" />
            <source>Cancelling: taking back what was imported…</source>
            <translation>Отмена: убираем то, что было импортировано…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="784" />
            <source>Import failed</source>
            <translation>Импорт не удался</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="786" />
            <source>Nothing was imported.</source>
            <translation>Ничего не импортировано.</translation>
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="156" />
            <source>Label: choose one or type your own</source>
            <translation>Метка: выберите из списка или введите свою</translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="117" />
            <source>%Ln week(s)</source>
            <translation>
                <numerusform>%Ln неделя</numerusform>
                <numerusform>%Ln недели</numerusform>
                <numerusform>%Ln недель</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="119" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln день</numerusform>
                <numerusform>%Ln дня</numerusform>
                <numerusform>%Ln дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="123" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ч {minutes} мин</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="125" />
            <source>{hours} h</source>
            <translation>{hours} ч</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="126" />
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="132" />
            <source>No alarm</source>
            <translation>Без напоминания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="134" />
            <source>At the start</source>
            <translation>В момент начала</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dates.py" line="135" />
            <source>{length} before</source>
            <translation>За {length}</translation>
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="524" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="525" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="526" />
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="527" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="528" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="529" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="530" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="531" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="532" />
            <source>People</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="533" />
            <source>File as</source>
            <translation>Сортировать как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="534" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="535" />
            <source>Updated</source>
            <translation>Изменено</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="71" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="72" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="73" />
            <source>Prefix</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="74" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="75" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="76" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="77" />
            <source>Suffix</source>
            <translation>Суффикс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="78" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="79" />
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="80" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="81" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="82" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="83" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="84" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="85" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="86" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="87" />
            <source>Email or phone</source>
            <translation>Эл. почта или телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="88" />
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="89" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="90" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="91" />
            <source>Postal code</source>
            <translation>Почтовый индекс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="92" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="93" />
            <source>Web address</source>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="94" />
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="95" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="96" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="97" />
            <source>Last edited</source>
            <translation>Последнее изменение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="98" />
            <source>Last activity</source>
            <translation>Последнее дело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="107" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="127" />
            <source>is before</source>
            <translation>раньше</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="108" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="128" />
            <source>is after</source>
            <translation>позже</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="109" />
            <source>is on</source>
            <translation>равно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="110" />
            <source>is not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="111" />
            <source>is set</source>
            <translation>задано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has no tags</source>
            <translation>— без тегов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="116" />
            <source>— has any tag</source>
            <translation>— с любым тегом</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="120" />
            <source>contains</source>
            <translation>содержит</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="121" />
            <source>starts with</source>
            <translation>начинается с</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="122" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="123" />
            <source>is</source>
            <translation>равно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="124" />
            <source>is not</source>
            <translation>не равно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="125" />
            <source>is empty</source>
            <translation>пусто</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="126" />
            <source>is not empty</source>
            <translation>не пусто</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="129" />
            <source>is before, or none</source>
            <translation>раньше или не задано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="130" />
            <source>none for months:</source>
            <translation>нет в течение месяцев:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has neither</source>
            <translation>— нет ни того, ни другого</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="133" />
            <source>— has one or both</source>
            <translation>— есть хотя бы одно</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="548" />
            <source>%Ln company(ies) match.</source>
            <translation>
                <numerusform>Найдена %Ln компания.</numerusform>
                <numerusform>Найдены %Ln компании.</numerusform>
                <numerusform>Найдено %Ln компаний.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="549" />
            <source>%Ln contact(s) match.</source>
            <translation>
                <numerusform>Найден %Ln контакт.</numerusform>
                <numerusform>Найдены %Ln контакта.</numerusform>
                <numerusform>Найдено %Ln контактов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="627" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="636" />
            <source> or </source>
            <translation> или </translation>
        </message>
    </context>
    <context>
        <name>LookupBanner</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="744" />
            <source>Edit Lookup…</source>
            <translation>Изменить выборку…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="746" />
            <source>Show All</source>
            <translation>Показать все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="759" />
            <source>Lookup “{title}”: {what}</source>
            <translation>Выборка «{title}»: {what}</translation>
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
            <translation>Изменение выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <source>New Lookup</source>
            <translation>Новая выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="367" />
            <source>Give it a name to save it as a group</source>
            <translation>Дайте ей название, чтобы сохранить её как группу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="370" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="371" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="374" />
            <source>all of these conditions</source>
            <translation>всем этим условиям</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="375" />
            <source>any of these conditions</source>
            <translation>любому из этих условий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="377" />
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="379" />
            <source>that match</source>
            <translation>соответствующие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="383" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="396" />
            <source>&amp;Add Condition</source>
            <translation>&amp;Добавить условие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="408" />
            <source>&amp;Run</source>
            <translation>&amp;Выполнить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="570" />
            <source>&amp;Save Changes</source>
            <translation>&amp;Сохранить изменения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="412" />
            <source>&amp;Save as Group</source>
            <translation>&amp;Сохранить как группу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="521" />
            <source>Looking up…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="528" />
            <source>Looking up</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="539" />
            <source>Lookup</source>
            <translation>Выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="558" />
            <source>Give the lookup a name to save it.</source>
            <translation>Дайте выборке название, чтобы сохранить её.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="571" />
            <source>Saved as “{name}”.</source>
            <translation>Сохранено как «{name}».</translation>
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
            <translation>Календарь</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="261" />
            <source>&amp;New Database…</source>
            <translation>&amp;Новая база данных…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="264" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="266" />
            <source>&amp;Back Up…</source>
            <translation>&amp;Резервная копия…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="267" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="268" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="269" />
            <source>Repor&amp;ts…</source>
            <translation>О&amp;тчёты…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="270" />
            <source>Contact list, pipeline, forecast and activities: print, PDF, CSV</source>
            <translation>Список контактов, воронка продаж, прогноз и дела: печать, PDF, CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="271" />
            <source>Import a vCard File…</source>
            <translation>Импорт файла vCard…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="273" />
            <source>Import from Outlook, Google or a CSV File…</source>
            <translation>Импорт из Outlook, Google или файла CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="278" />
            <source>&amp;Settings…</source>
            <translation>Нас&amp;тройки…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="281" />
            <source>Cust&amp;om Fields…</source>
            <translation>Пользовательские по&amp;ля…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="282" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="284" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="285" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="286" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="287" />
            <source>R&amp;estore from Trash…</source>
            <translation>Вос&amp;становить из корзины…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="289" />
            <source>&amp;New Lookup…</source>
            <translation>&amp;Новая выборка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="291" />
            <source>&amp;Edit This Lookup…</source>
            <translation>&amp;Изменить эту выборку…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="292" />
            <source>Show &amp;All Records</source>
            <translation>Показать &amp;все записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="293" />
            <source>&amp;Saved Lookups…</source>
            <translation>&amp;Сохранённые выборки…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>Find &amp;Duplicates…</source>
            <translation>Найти &amp;дубликаты…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="297" />
            <source>&amp;Merge History…</source>
            <translation>История &amp;объединений…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>&amp;Merge Selected Cards…</source>
            <translation>Объ&amp;единить выбранные карточки…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="302" />
            <source>Show the selected cards side by side and merge them (Ctrl+Shift+M)</source>
            <translation>Показать выбранные карточки рядом и объединить их (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="308" />
            <source>Without &amp;Email or Phone</source>
            <translation>Без эл. почты и &amp;телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="309" />
            <source>Without a &amp;Company</source>
            <translation>Без &amp;компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="310" />
            <source>No &amp;Activity for a Year</source>
            <translation>Без &amp;дел больше года</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="312" />
            <source>Sync &amp;Now</source>
            <translation>Синхронизировать &amp;сейчас</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="314" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation>Отправить ваши изменения на сервер синхронизации и получить изменения остальных (F9)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="317" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1362" />
            <source>&amp;Conflicts…</source>
            <translation>&amp;Конфликты…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="318" />
            <source>Sync &amp;Settings…</source>
            <translation>&amp;Настройки синхронизации…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="319" />
            <source>Show &amp;Navigation</source>
            <translation>Показывать &amp;навигацию</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="322" />
            <source>&amp;Print List…</source>
            <translation>&amp;Печать списка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="325" />
            <source>Print &amp;Card…</source>
            <translation>Печать &amp;карточки…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="326" />
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="327" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="328" />
            <source>&amp;Paste</source>
            <translation>Вст&amp;авить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="332" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Запланировать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="336" />
            <source>Schedule a call, meeting or to-do, with the people selected in the list (Ctrl+Shift+A)</source>
            <translation>Запланировать звонок, встречу или задачу с людьми, выбранными в списке (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="338" />
            <source>&amp;Reminders…</source>
            <translation>&amp;Напоминания…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="340" />
            <source>Cardfile &amp;User Guide</source>
            <translation>&amp;Руководство пользователя Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="342" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="344" />
            <source>&amp;About Cardfile</source>
            <translation>&amp;О программе Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="346" />
            <source>About &amp;Qt</source>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="362" />
            <source>&amp;Schedule Activity…</source>
            <translation>&amp;Запланировать дело…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="369" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="374" />
            <source>Open &amp;Recent</source>
            <translation>Не&amp;давние</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="387" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="399" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="403" />
            <source>&amp;Contact</source>
            <translation>&amp;Контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="406" />
            <source>&amp;Lookup</source>
            <translation>Вы&amp;борка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="410" />
            <source>&amp;Incomplete Records</source>
            <translation>Непо&amp;лные записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="413" />
            <source>&amp;Activities</source>
            <translation>&amp;Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="418" />
            <source>&amp;Sync</source>
            <translation>Син&amp;хронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="424" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="430" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="506" />
            <source>{path} (read-only)</source>
            <translation>{path} (только чтение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="558" />
            <source>{title}  {badge}</source>
            <translation>{title}  {badge}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="624" />
            <source>That record is no longer in the list.</source>
            <translation>Этой записи больше нет в списке.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="683" />
            <source>Nothing to undo.</source>
            <translation>Нечего отменять.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="686" />
            <source>Nothing to redo.</source>
            <translation>Нечего повторять.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="695" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="772" />
            <source>This page has no list to print.</source>
            <translation>На этой странице нет списка для печати.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="791" />
            <source>Select a record to print its card.</source>
            <translation>Выберите запись, чтобы напечатать её карточку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="832" />
            <location filename="../../src/cardfile/ui/main_window.py" line="842" />
            <source>New Database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="834" />
            <source>Cardfile databases ({patterns})</source>
            <translation>Базы данных Cardfile ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="843" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation>Файл {path} уже существует. Чтобы открыть его, выберите «Файл ▸ Открыть базу данных».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="852" />
            <source>Open Database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="854" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation>Базы данных Cardfile ({patterns});;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="864" />
            <location filename="../../src/cardfile/ui/main_window.py" line="882" />
            <source>Back Up Database</source>
            <translation>Резервная копия базы данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="866" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation>Резервные копии Cardfile (*.cardfile-backup);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="877" />
            <source>Backing up</source>
            <translation>Создание резервной копии</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="880" />
            <source>Backed up to {path}</source>
            <translation>Резервная копия сохранена в {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="892" />
            <source>Making the daily backup</source>
            <translation>Создание ежедневной резервной копии</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="895" />
            <source>Daily Backup</source>
            <translation>Ежедневная резервная копия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="901" />
            <source>Daily backup made ({name}).</source>
            <translation>Ежедневная резервная копия создана ({name}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="931" />
            <source>Imported %Ln new record(s) and updated {updated}.</source>
            <translation>
                <numerusform>Импортирована %Ln новая запись, обновлено: {updated}.</numerusform>
                <numerusform>Импортированы %Ln новые записи, обновлено: {updated}.</numerusform>
                <numerusform>Импортировано %Ln новых записей, обновлено: {updated}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="952" />
            <source>Imported just now</source>
            <translation>Только что импортированные</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="971" />
            <source>Exported %Ln record(s) to {target}</source>
            <translation>
                <numerusform>%Ln запись экспортирована в {target}</numerusform>
                <numerusform>%Ln записи экспортированы в {target}</numerusform>
                <numerusform>%Ln записей экспортировано в {target}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="985" />
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1006" />
            <source>No other databases opened lately</source>
            <translation>Недавно открытых баз данных нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1075" />
            <source>That lookup was deleted.</source>
            <translation>Эта выборка была удалена.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1117" />
            <source>Without email or phone</source>
            <translation>Без эл. почты и телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1120" />
            <source>Without a company</source>
            <translation>Без компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1123" />
            <source>No activity for a year</source>
            <translation>Без дел больше года</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1143" />
            <source>Select two or more people (or companies) in the list to merge them.</source>
            <translation>Чтобы объединить контакты (или компании), выберите в списке два или больше.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1168" />
            <source>Merged into “{name}”. Edit ▸ Undo or Lookup ▸ Merge History takes it back.</source>
            <translation>Объединено в «{name}». Отменить объединение можно командой «Правка ▸ Отменить» или в окне «Выборка ▸ История объединений».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1182" />
            <source>Search “{query}”</source>
            <translation>Искать «{query}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1235" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation>Выборка «{name}» сохранена; она есть в меню «Выборка».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1338" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1340" />
            <source>Preparing search</source>
            <translation>Подготовка поиска</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1360" />
            <source>&amp;Conflicts ({count})…</source>
            <translation>&amp;Конфликты ({count})…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1402" />
            <source>About Cardfile</source>
            <translation>О программе Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1403" />
            <source>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;A local-first contact manager: your contacts, companies, activities and deals in one file on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;Локальный менеджер контактов: ваши контакты, компании, дела и сделки — в одном файле на вашем компьютере.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageLookupsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="649" />
            <source>Saved Lookups</source>
            <translation>Сохранённые выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="656" />
            <source>No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L).</source>
            <translation>Сохранённых выборок пока нет. Создайте выборку командой «Выборка ▸ Новая выборка» (Ctrl+L).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="658" />
            <source>&amp;Run</source>
            <translation>&amp;Выполнить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="659" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="660" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="716" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="724" />
            <source>Delete Lookup</source>
            <translation>Удалить выборку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="717" />
            <source>Delete the saved lookup “{name}”? The records it finds are not touched.</source>
            <translation>Удалить сохранённую выборку «{name}»? Записи, которые она находит, не затрагиваются.</translation>
        </message>
    </context>
    <context>
        <name>MarkedPairsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="337" />
            <source>&amp;Take Back</source>
            <translation>&amp;Снять пометку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="340" />
            <source>These may be duplicates after all: propose them again</source>
            <translation>Возможно, это всё-таки дубликаты: снова предлагать их</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="359" />
            <source>%Ln pair(s) marked as not duplicates</source>
            <translation>
                <numerusform>%Ln пара помечена как «не дубликаты»</numerusform>
                <numerusform>%Ln пары помечены как «не дубликаты»</numerusform>
                <numerusform>%Ln пар помечено как «не дубликаты»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <source>(a picture)</source>
            <translation>(изображение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="49" />
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="51" />
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="55" />
            <source>{shown} ({parts})</source>
            <translation>{shown} ({parts})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="57" />
            <source>(a company that is gone)</source>
            <translation>(удалённая компания)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="61" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="104" />
            <source>activities: %Ln</source>
            <translation>
                <numerusform>дел: %Ln</numerusform>
                <numerusform>дел: %Ln</numerusform>
                <numerusform>дел: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="105" />
            <source>notes: %Ln</source>
            <translation>
                <numerusform>заметок: %Ln</numerusform>
                <numerusform>заметок: %Ln</numerusform>
                <numerusform>заметок: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="106" />
            <source>deals: %Ln</source>
            <translation>
                <numerusform>сделок: %Ln</numerusform>
                <numerusform>сделок: %Ln</numerusform>
                <numerusform>сделок: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="107" />
            <source>groups: %Ln</source>
            <translation>
                <numerusform>групп: %Ln</numerusform>
                <numerusform>групп: %Ln</numerusform>
                <numerusform>групп: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="108" />
            <source>people: %Ln</source>
            <translation>
                <numerusform>сотрудников: %Ln</numerusform>
                <numerusform>сотрудников: %Ln</numerusform>
                <numerusform>сотрудников: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="109" />
            <source>conflicts: %Ln</source>
            <translation>
                <numerusform>конфликтов: %Ln</numerusform>
                <numerusform>конфликтов: %Ln</numerusform>
                <numerusform>конфликтов: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="112" />
            <source>nothing attached</source>
            <translation>связанных записей нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="123" />
            <source>Merge Duplicates</source>
            <translation>Объединение дубликатов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="134" />
            <source>Choose the card that stays and, where the cards differ, the value it keeps. Emails, phones, addresses and tags of every card are kept, and activities, notes, deals and groups move to the card that stays. Undo, or Unmerge in the merge history, takes the merge back.</source>
            <translation>Выберите карточку, которая останется, и — там, где карточки различаются, — значение, которое она сохранит. Адреса эл. почты, телефоны, адреса и теги всех карточек сохраняются, а дела, заметки, сделки и группы переходят в оставшуюся карточку. Отменить объединение можно командой «Отменить» или кнопкой «Разделить» в истории объединений.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="158" />
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="204" />
            <source>Keep this card</source>
            <translation>Оставить эту карточку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="215" />
            <source>After the merge</source>
            <translation>После объединения</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="234" />
            <source>Fields the same on every card: %Ln</source>
            <translation>
                <numerusform>Полей, одинаковых во всех карточках: %Ln</numerusform>
                <numerusform>Полей, одинаковых во всех карточках: %Ln</numerusform>
                <numerusform>Полей, одинаковых во всех карточках: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="276" />
            <source>Every card's entries are kept, each once</source>
            <translation>Записи всех карточек сохраняются, без повторов</translation>
        </message>
    </context>
    <context>
        <name>MergesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="28" />
            <source>undone</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="30" />
            <source>unmerged {when}</source>
            <translation>разделено {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="31" />
            <source>merged</source>
            <translation>объединено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="38" />
            <source>Merged</source>
            <translation>Дата объединения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="39" />
            <source>Card merged away</source>
            <translation>Объединённая карточка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="40" />
            <source>Into the card</source>
            <translation>В карточку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="41" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="56" />
            <source>Merge History</source>
            <translation>История объединений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="57" />
            <source>No merges yet</source>
            <translation>Объединений пока нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="58" />
            <source>Cards you merge with Lookup ▸ Find Duplicates are listed here; Unmerge gives both cards back.</source>
            <translation>Здесь будут карточки, объединённые командой «Выборка ▸ Найти дубликаты»; кнопка «Разделить» возвращает обе карточки.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="66" />
            <source>&amp;Unmerge</source>
            <translation>&amp;Разделить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="69" />
            <source>Give both cards back as they were before the merge, with everything attached</source>
            <translation>Вернуть обе карточки в том виде, в каком они были до объединения, со всеми связанными записями</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="72" />
            <source>Show the card that stayed</source>
            <translation>Показать оставшуюся карточку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="95" />
            <source>Unmerge</source>
            <translation>Разделить</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="113" />
            <source>%Ln merge(s)</source>
            <translation>
                <numerusform>%Ln объединение</numerusform>
                <numerusform>%Ln объединения</numerusform>
                <numerusform>%Ln объединений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MiniMonth</name>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="217" />
            <source>Previous month</source>
            <translation>Предыдущий месяц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/calendar/mini_month.py" line="222" />
            <source>Next month</source>
            <translation>Следующий месяц</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="128" />
            <source>{currency} has no decimals: write a whole amount, such as {example}.</source>
            <translation>У валюты {currency} нет дробной части: введите целую сумму, например {example}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="129" />
            <source>{currency} has %Ln decimal(s) at most, such as {example}.</source>
            <translation>
                <numerusform>У валюты {currency} не более %Ln знака после запятой, например {example}.</numerusform>
                <numerusform>У валюты {currency} не более %Ln знаков после запятой, например {example}.</numerusform>
                <numerusform>У валюты {currency} не более %Ln знаков после запятой, например {example}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="132" />
            <source>This is not an amount; write it as {example}.</source>
            <translation>Это не сумма; введите её в виде {example}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="160" />
            <source>Currency: an ISO 4217 code such as USD, EUR or JPY</source>
            <translation>Валюта: код ISO 4217, например USD, EUR или JPY</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="228" />
            <source>Choose a currency: a three-letter code such as USD or EUR.</source>
            <translation>Выберите валюту: трёхбуквенный код, например USD или EUR.</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="187" />
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="192" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="197" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="200" />
            <source>Leave the year empty if you do not know it</source>
            <translation>Оставьте год пустым, если не знаете его</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="233" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation>Выберите день и месяц (год можно не указывать).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="235" />
            <source>The year must be a number such as 1980.</source>
            <translation>Год должен быть числом, например 1980.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="239" />
            <source>There is no such date.</source>
            <translation>Такой даты не существует.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="446" />
            <source>Sign In to Sync</source>
            <translation>Вход для синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="448" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation>Введите пароль пользователя {user} на {server}. Cardfile обменяет его на вход для этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="464" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="467" />
            <source>&amp;Sign In</source>
            <translation>&amp;Войти</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="935" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation>Фото: выберите файл изображения или удалите фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="936" />
            <source>Picture</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="939" />
            <source>&amp;Choose Picture…</source>
            <translation>&amp;Выбрать фото…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="941" />
            <source>&amp;Remove Picture</source>
            <translation>&amp;Удалить фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Choose a Picture</source>
            <translation>Выбор фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="954" />
            <source>Images ({patterns})</source>
            <translation>Изображения ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="963" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation>{file} — не изображение, которое Cardfile может прочитать.</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="236" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="287" />
            <source>Per currency: the total of the deals here, and (dim) their weighted total, each amount counted at its probability</source>
            <translation>По каждой валюте: сумма сделок здесь и (бледным) сумма с учётом вероятности каждой сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="326" />
            <source>{stage} · {percent} %</source>
            <translation>{stage} · {percent} %</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="332" />
            <source>{stage}: deals here count {percent} % of their amount unless they say otherwise</source>
            <translation>{stage}: сделки здесь учитываются в размере {percent} % суммы, если для них не задано иное</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="336" />
            <source>No deals</source>
            <translation>Нет сделок</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="488" />
            <source>Total and (dim) weighted total per currency:</source>
            <translation>Сумма и (бледным) сумма с учётом вероятности по каждой валюте:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="492" />
            <source>Pipeline: {pipeline}</source>
            <translation>Воронка продаж: {pipeline}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="494" />
            <source>no deals</source>
            <translation>нет сделок</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/board.py" line="496" />
            <source>{totals}; %Ln more currency(ies)</source>
            <translation>
                <numerusform>{totals}; ещё %Ln валюта</numerusform>
                <numerusform>{totals}; ещё %Ln валюты</numerusform>
                <numerusform>{totals}; ещё %Ln валют</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>open</source>
            <translation>Открытые</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>won</source>
            <translation>Выигранные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="497" />
            <source>lost</source>
            <translation>Проигранные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="499" />
            <source>{count} {status} · {totals}</source>
            <translation>{status}: {count} · {totals}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="536" />
            <source>Move Deal</source>
            <translation>Перемещение сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="599" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/board.py" line="600" />
            <source>Move to</source>
            <translation>Переместить на этап</translation>
        </message>
    </context>
    <context>
        <name>PipelinesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="66" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="67" />
            <source>Default &amp;probability:</source>
            <translation>&amp;Вероятность по умолчанию:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="84" />
            <source>Move the Deals</source>
            <translation>Перемещение сделок</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="92" />
            <source>Each deal's history records the move, and Edit ▸ Undo puts everything back.</source>
            <translation>Перемещение записывается в историю каждой сделки, а команда «Правка ▸ Отменить» вернёт всё как было.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="97" />
            <source>Move and Remove</source>
            <translation>Переместить и удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="125" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="139" />
            <source>Pipelines</source>
            <translation>Воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="135" />
            <source>&amp;Add Pipeline…</source>
            <translation>&amp;Добавить воронку…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="136" />
            <source>Re&amp;name…</source>
            <translation>Переи&amp;меновать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="137" />
            <source>Remo&amp;ve…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Default probability</source>
            <translation>Вероятность по умолчанию</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="145" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="156" />
            <source>Add &amp;Stage…</source>
            <translation>Добавить &amp;этап…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="157" />
            <source>Move &amp;Up</source>
            <translation>Вы&amp;ше</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="158" />
            <source>Move &amp;Down</source>
            <translation>Ни&amp;же</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="159" />
            <source>&amp;Remove Stage…</source>
            <translation>Уда&amp;лить этап…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="173" />
            <source>Changes are made as you make them; Edit ▸ Undo takes each one back. Double-click a stage's name to rename it. A new deal starts in the first stage.</source>
            <translation>Изменения применяются сразу; команда «Правка ▸ Отменить» отменяет каждое из них. Чтобы переименовать этап, дважды щёлкните его название. Новая сделка начинается с первого этапа.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="181" />
            <source>Stages, in order</source>
            <translation>Этапы по порядку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="291" />
            <source>Add Pipeline</source>
            <translation>Добавление воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="292" />
            <source>Name of the new pipeline (it starts with the stages of the one shown, to change as you like):</source>
            <translation>Название новой воронки продаж (сначала у неё будут этапы показанной воронки — их можно изменить):</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="297" />
            <source>Lead</source>
            <translation>Лид</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>Rename Pipeline</source>
            <translation>Переименование воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="307" />
            <source>New name of “{name}”:</source>
            <translation>Новое название для «{name}»:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="319" />
            <source>“{name}” holds {deals}. Before it is removed, move them to:</source>
            <translation>В воронке продаж «{name}» — {deals}. Прежде чем удалить её, переместите их на этап:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="322" />
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="333" />
            <source>Remove Pipeline</source>
            <translation>Удаление воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="332" />
            <source>Remove the pipeline “{name}”? It holds no deals.</source>
            <translation>Удалить воронку продаж «{name}»? В ней нет сделок.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="343" />
            <source>Add Stage</source>
            <translation>Добавление этапа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="395" />
            <source>The stage “{stage}” holds {deals}. Before it is removed, move them to:</source>
            <translation>На этапе «{stage}» — {deals}. Прежде чем удалить его, переместите их на этап:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/deals/pipelines.py" line="398" />
            <source>Remove Stage</source>
            <translation>Удаление этапа</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="82" />
            <source>Printed {when}</source>
            <translation>Напечатано {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="100" />
            <source>{records} selected</source>
            <translation>Выбрано: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="102" />
            <source>{records} (filtered)</source>
            <translation>{records} (с фильтром)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="107" />
            <source>Only the first {printed} of {count} are printed. Select the records to print, or narrow the list with a filter or a lookup.</source>
            <translation>Напечатаны только первые записи ({printed} из {count}). Выберите записи для печати или сузьте список фильтром или выборкой.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="207" />
            <source>you</source>
            <translation>вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="208" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="210" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="253" />
            <source>Print Preview — {title}</source>
            <translation>Предварительный просмотр — {title}</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="56" />
            <location filename="../../src/cardfile/ui/problems.py" line="123" />
            <source>Kind of record</source>
            <translation>Тип записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="57" />
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="58" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="59" />
            <source>Sync every</source>
            <translation>Синхронизировать каждые</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="60" />
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="61" />
            <source>Snooze</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="62" />
            <source>Alarm</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="63" />
            <source>Exchange rate</source>
            <translation>Курс валюты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="64" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="65" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="66" />
            <location filename="../../src/cardfile/ui/problems.py" line="67" />
            <source>Sort order</source>
            <translation>Порядок сортировки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="68" />
            <source>View</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="69" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="70" />
            <source>Duplicates</source>
            <translation>Дубликаты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="71" />
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="72" />
            <source>Batch size</source>
            <translation>Размер пакета</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="73" />
            <source>Name of the column mapping</source>
            <translation>Название сопоставления столбцов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="74" />
            <source>Column mapping</source>
            <translation>Сопоставление столбцов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="75" />
            <source>Incomplete</source>
            <translation>Неполные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="76" />
            <source>No company</source>
            <translation>Без компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="77" />
            <source>Selection</source>
            <translation>Выбор</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="78" />
            <source>vCard version</source>
            <translation>Версия vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="79" />
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="80" />
            <source>Separator</source>
            <translation>Разделитель</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="81" />
            <source>Name order</source>
            <translation>Порядок имени</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="82" />
            <source>Default country</source>
            <translation>Страна по умолчанию</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="83" />
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="84" />
            <location filename="../../src/cardfile/ui/problems.py" line="107" />
            <location filename="../../src/cardfile/ui/problems.py" line="124" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="85" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="86" />
            <source>Parent company</source>
            <translation>Головная компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="87" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="88" />
            <source>Member</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="89" />
            <location filename="../../src/cardfile/ui/problems.py" line="130" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="90" />
            <source>Activity type</source>
            <translation>Тип дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="91" />
            <location filename="../../src/cardfile/ui/problems.py" line="115" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="92" />
            <source>Repeats</source>
            <translation>Повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="93" />
            <source>All day</source>
            <translation>Весь день</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="94" />
            <source>Ends</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="95" />
            <location filename="../../src/cardfile/ui/problems.py" line="108" />
            <source>Duration</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="96" />
            <source>Occurrence</source>
            <translation>Повторение серии</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="97" />
            <location filename="../../src/cardfile/ui/problems.py" line="105" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="98" />
            <location filename="../../src/cardfile/ui/problems.py" line="104" />
            <source>Pipeline</source>
            <translation>Воронка продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="99" />
            <source>Probability</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="100" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="101" />
            <source>Lost reasons</source>
            <translation>Причины проигрыша</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="102" />
            <source>Won reasons</source>
            <translation>Причины выигрыша</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="103" />
            <source>Roles</source>
            <translation>Роли</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="106" />
            <source>Expected close</source>
            <translation>Ожидаемая дата закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="109" />
            <source>Line items</source>
            <translation>Позиции</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="110" />
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="111" />
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="112" />
            <source>Unit price</source>
            <translation>Цена за единицу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="113" />
            <source>Discount</source>
            <translation>Скидка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="114" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="116" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="117" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="118" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="119" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="120" />
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="121" />
            <source>Type of field</source>
            <translation>Тип поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="122" />
            <source>Choices</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="125" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="126" />
            <source>Custom field</source>
            <translation>Пользовательское поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="127" />
            <source>Activity</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="128" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="129" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="216" />
            <location filename="../../src/cardfile/ui/problems.py" line="245" />
            <location filename="../../src/cardfile/ui/problems.py" line="356" />
            <source>{field}: this value cannot be used.</source>
            <translation>{field}: это значение использовать нельзя.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="221" />
            <source>This activity is done already.</source>
            <translation>Это дело уже выполнено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="223" />
            <source>This activity is cancelled already.</source>
            <translation>Это дело уже отменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="224" />
            <source>This activity is cleared already.</source>
            <translation>Это дело уже закрыто.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="229" />
            <source>The deals in “{stage}” must first move to another stage.</source>
            <translation>Сначала сделки этапа «{stage}» нужно перенести на другой этап.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="230" />
            <source>The deals in “{pipeline}” must first move to another pipeline.</source>
            <translation>Сначала сделки воронки «{pipeline}» нужно перенести в другую воронку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="237" />
            <source>“{value}” is not a date.</source>
            <translation>«{value}» — не дата.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="246" />
            <source>{field}: this is needed.</source>
            <translation>{field}: это обязательно.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="247" />
            <source>{field}: the least is {limit}.</source>
            <translation>{field}: не меньше {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="248" />
            <source>{field}: the most is {limit}.</source>
            <translation>{field}: не больше {limit}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="249" />
            <source>{field}: at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: не больше %Ln символа.</numerusform>
                <numerusform>{field}: не больше %Ln символов.</numerusform>
                <numerusform>{field}: не больше %Ln символов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="250" />
            <source>{field}: at most %Ln entry(ies).</source>
            <translation>
                <numerusform>{field}: не больше %Ln строки.</numerusform>
                <numerusform>{field}: не больше %Ln строк.</numerusform>
                <numerusform>{field}: не больше %Ln строк.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="251" />
            <source>{field}: enter a number.</source>
            <translation>{field}: введите число.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="253" />
            <source>{field}: “{value}” is not one of {choices}.</source>
            <translation>{field}: «{value}» не входит в число вариантов: {choices}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="257" />
            <source>There is no such date as “{value}”.</source>
            <translation>Даты «{value}» не существует.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="258" />
            <source>“{value}” is not an amount.</source>
            <translation>«{value}» — не сумма.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="259" />
            <source>“{value}” has too many decimals for {currency}.</source>
            <translation>В «{value}» слишком много знаков после запятой для {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="260" />
            <source>“{value}” is not a currency code (such as EUR or USD).</source>
            <translation>«{value}» — не код валюты (например, EUR или USD).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="261" />
            <source>Say how it went.</source>
            <translation>Укажите, чем всё закончилось.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="262" />
            <source>A name is needed.</source>
            <translation>Нужно указать название.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="263" />
            <source>Write some text.</source>
            <translation>Напишите какой-нибудь текст.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="264" />
            <source>Choose at least one person to schedule with.</source>
            <translation>Выберите хотя бы одного человека для дела.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="265" />
            <source>One occurrence of a series cannot repeat on its own.</source>
            <translation>Отдельное повторение серии не может повторяться само по себе.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="266" />
            <source>An activity is at any time that day or all day, not both.</source>
            <translation>Дело бывает либо в любое время дня, либо на весь день, но не то и другое сразу.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="267" />
            <source>An activity cannot end before it starts.</source>
            <translation>Дело не может закончиться раньше, чем начнётся.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="268" />
            <source>A repeating activity needs a date.</source>
            <translation>Для повторяющегося дела нужна дата.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="269" />
            <source>An activity needs a subject.</source>
            <translation>У дела должна быть тема.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="270" />
            <source>An activity without a start has no duration.</source>
            <translation>У дела без начала не может быть длительности.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="271" />
            <source>The series has no occurrence then.</source>
            <translation>В это время у серии нет повторения.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="272" />
            <source>This activity does not repeat.</source>
            <translation>Это дело не повторяется.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="274" />
            <source>Choose at least one file to import.</source>
            <translation>Выберите хотя бы один файл для импорта.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="275" />
            <source>A company cannot be its own parent company.</source>
            <translation>Компания не может быть головной сама для себя.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="276" />
            <source>{field}: it is no longer there (it was deleted, perhaps on another device).</source>
            <translation>{field}: этого больше нет (удалено, возможно, на другом устройстве).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="279" />
            <source>The line items' prices are in {currency}; change them together with the currency.</source>
            <translation>Цены позиций указаны в {currency}; меняйте их вместе с валютой.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="282" />
            <source>Here the amount is the sum of the line items.</source>
            <translation>Здесь сумма складывается из позиций.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="283" />
            <source>{field}: this cannot be done with this kind of record.</source>
            <translation>{field}: с записью такого типа этого сделать нельзя.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="284" />
            <source>Choose two records or more.</source>
            <translation>Выберите две записи или больше.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="285" />
            <source>Choose records, a group or a lookup: one of them, not several.</source>
            <translation>Выберите записи, группу или выборку — что-то одно, а не несколько.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="286" />
            <source>Separate the columns with a comma, a semicolon or a tab.</source>
            <translation>Разделяйте столбцы запятой, точкой с запятой или табуляцией.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="287" />
            <source>Some of the chosen columns do not exist.</source>
            <translation>Некоторых выбранных столбцов не существует.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="288" />
            <source>There is no saved column mapping named “{name}”.</source>
            <translation>Сохранённого сопоставления столбцов «{name}» нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="289" />
            <source>Choose how the records are incomplete: no email or phone, no company, or no activity for some months.</source>
            <translation>Выберите, чего не хватает записям: e-mail или телефона, компании или дел за несколько месяцев.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="292" />
            <source>That record is not one of those being merged.</source>
            <translation>Эта запись не входит в число объединяемых.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="293" />
            <source>“{name}” is not a stage of “{pipeline}”; its stages are {stages}.</source>
            <translation>«{name}» — не этап воронки «{pipeline}»; её этапы: {stages}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="298" />
            <source>A pipeline needs at least one stage.</source>
            <translation>В воронке должен быть хотя бы один этап.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="300" />
            <source>There is no custom field “{name}”.</source>
            <translation>Пользовательского поля «{name}» нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="302" />
            <source>A snooze must end in the future.</source>
            <translation>Отложить можно только на время в будущем.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="303" />
            <source>A rate from {source} to {target} is a number above 0.</source>
            <translation>Курс {source} к {target} — число больше 0.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="304" />
            <source>The period ends before it starts.</source>
            <translation>Период заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="305" />
            <source>“{value}” is not a country code (such as US or IS).</source>
            <translation>«{value}» — не код страны (например, US или IS).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="306" />
            <source>“{value}” cannot be a user name.</source>
            <translation>«{value}» не может быть именем пользователя.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="307" />
            <source>This database syncs as {current}; use another database to sync as {user}.</source>
            <translation>Эта база данных синхронизируется как {current}; чтобы синхронизироваться как {user}, используйте другую базу.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="310" />
            <source>Sync every {low} (only by hand) to %Ln minute(s).</source>
            <translation>
                <numerusform>Синхронизируйте каждые {low} (только вручную) – %Ln минуту.</numerusform>
                <numerusform>Синхронизируйте каждые {low} (только вручную) – %Ln минуты.</numerusform>
                <numerusform>Синхронизируйте каждые {low} (только вручную) – %Ln минут.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="313" />
            <source>“{value}” is not an http:// or https:// address.</source>
            <translation>«{value}» — не адрес http:// или https://.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="314" />
            <source>{field}: this is too large to sync; at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: слишком много для синхронизации; не больше %Ln символа.</numerusform>
                <numerusform>{field}: слишком много для синхронизации; не больше %Ln символов.</numerusform>
                <numerusform>{field}: слишком много для синхронизации; не больше %Ln символов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="317" />
            <source>“{value}” contains invisible characters ({characters}); type the address again without them.</source>
            <translation>«{value}» содержит невидимые символы ({characters}); введите адрес заново без них.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="323" />
            <source>The picture's type (JPEG, PNG …) is not known.</source>
            <translation>Тип изображения (JPEG, PNG …) неизвестен.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="324" />
            <source>A time needs its time zone.</source>
            <translation>Для времени нужен часовой пояс.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="327" />
            <source>A choice field needs at least one choice.</source>
            <translation>Для поля с выбором нужен хотя бы один вариант.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="328" />
            <source>A line item needs a product.</source>
            <translation>В позиции должен быть указан товар.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="329" />
            <source>{field}: more than {low} and less than {high}.</source>
            <translation>{field}: больше {low} и меньше {high}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="332" />
            <source>{field}: from {low} to {high}.</source>
            <translation>{field}: от {low} до {high}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="335" />
            <source>{field}: at most %Ln decimal(s).</source>
            <translation>
                <numerusform>{field}: не больше %Ln знака после запятой.</numerusform>
                <numerusform>{field}: не больше %Ln знаков после запятой.</numerusform>
                <numerusform>{field}: не больше %Ln знаков после запятой.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="336" />
            <source>{field}: a whole number of the currency's smallest unit (such as cents).</source>
            <translation>{field}: целое число в наименьших единицах валюты (например, в центах).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="339" />
            <source>There is already a field named “{name}”.</source>
            <translation>Поле «{name}» уже есть.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="348" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="357" />
            <source>This value cannot be used.</source>
            <translation>Это значение использовать нельзя.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="128" />
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="132" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Папка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="134" />
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="143" />
            <source>Select Color</source>
            <translation>Выбор цвета</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="144" />
            <source>&amp;Basic colors</source>
            <translation>&amp;Основные цвета</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="145" />
            <source>&amp;Custom colors</source>
            <translation>&amp;Пользовательские цвета</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="146" />
            <source>&amp;Add to Custom Colors</source>
            <translation>&amp;Добавить к пользовательским цветам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="147" />
            <source>&amp;Pick Screen Color</source>
            <translation>&amp;Взять цвет с экрана</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="148" />
            <source>Hu&amp;e:</source>
            <translation>&amp;Тон:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="149" />
            <source>&amp;Sat:</source>
            <translation>&amp;Нас:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="150" />
            <source>&amp;Val:</source>
            <translation>&amp;Ярк:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="151" />
            <source>&amp;Red:</source>
            <translation>&amp;Красный:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="152" />
            <source>&amp;Green:</source>
            <translation>&amp;Зелёный:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="153" />
            <source>Bl&amp;ue:</source>
            <translation>С&amp;иний:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="154" />
            <source>A&amp;lpha channel:</source>
            <translation>&amp;Альфа-канал:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="158" />
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>Курсор в %1, %2
Нажмите ESC для отмены</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="335" />
            <source>Job</source>
            <translation>Задание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="336" />
            <source>Job Control</source>
            <translation>Управление заданием</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="337" />
            <source>Scheduled &amp;printing:</source>
            <translation>&amp;Отложенная печать:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="338" />
            <source>&amp;Billing information:</source>
            <translation>&amp;Учётная информация:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="339" />
            <source>Job &amp;priority:</source>
            <translation>&amp;Приоритет задания:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="340" />
            <source>Banner Pages</source>
            <translation>Страницы-разделители</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="341" />
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>&amp;В начале:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="342" />
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>В &amp;конце:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="343" />
            <source>Print Immediately</source>
            <translation>Напечатать сейчас</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="344" />
            <source>Hold Indefinitely</source>
            <translation>Отложить на неопределённый срок</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="345" />
            <source>Day (06:00 to 17:59)</source>
            <translation>Днём (с 6:00 по 17:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="346" />
            <source>Night (18:00 to 05:59)</source>
            <translation>Ночью (с 18:00 по 5:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="350" />
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Во вторую смену (с 16:00 по 23:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="355" />
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>В третью смену (с 0:00 по 7:59)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="360" />
            <source>Weekend (Saturday to Sunday)</source>
            <translation>В выходные (суббота и воскресенье)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="362" />
            <source>Specific Time</source>
            <translation>В определённое время</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="363" />
            <source>None</source>
            <comment>CUPS Banner page</comment>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="364" />
            <source>Standard</source>
            <comment>CUPS Banner page</comment>
            <translation>Стандартная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="365" />
            <source>Unclassified</source>
            <comment>CUPS Banner page</comment>
            <translation>Без ограничения доступа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="366" />
            <source>Confidential</source>
            <comment>CUPS Banner page</comment>
            <translation>Секретно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="367" />
            <source>Classified</source>
            <comment>CUPS Banner page</comment>
            <translation>С ограничением доступа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="368" />
            <source>Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>Совершенно секретно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="369" />
            <source>Top Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>Особой важности</translation>
        </message>
    </context>
    <context>
        <name>QCupsPrinterSupport</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="415" />
            <source>Authentication Needed</source>
            <translation>Требуется аутентификация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="419" />
            <source>Authentication needed to use %1.</source>
            <translation>Для использования %1 требуется аутентификация.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="424" />
            <source>Authentication needed to use %1 on %2.</source>
            <translation>Для использования %1 на %2 требуется аутентификация.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="426" />
            <source>Username:</source>
            <translation>Имя пользователя:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="427" />
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="61" />
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="62" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="63" />
            <source>Go back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="64" />
            <source>Forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="65" />
            <source>Go forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="66" />
            <source>Parent Directory</source>
            <translation>Родительский каталог</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="67" />
            <source>Go to the parent directory</source>
            <translation>Перейти в родительский каталог</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="68" />
            <source>Create New Folder</source>
            <translation>Создать папку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="69" />
            <source>Create a New Folder</source>
            <translation>Создать новую папку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="70" />
            <source>List View</source>
            <translation>Список</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="71" />
            <source>Change to list view mode</source>
            <translation>Переключить в режим списка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="72" />
            <source>Detail View</source>
            <translation>Подробный вид</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="73" />
            <source>Change to detail view mode</source>
            <translation>Переключить в подробный режим</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="74" />
            <source>Sidebar</source>
            <translation>Боковая панель</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="75" />
            <source>List of places and bookmarks</source>
            <translation>Места и закладки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="76" />
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="77" />
            <source>File &amp;name:</source>
            <translation>&amp;Имя файла:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="78" />
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлов:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="79" />
            <source>Directory:</source>
            <translation>Каталог:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="80" />
            <source>Directories</source>
            <translation>Каталоги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="81" />
            <source>All Files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="82" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="83" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="84" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="85" />
            <source>&amp;Choose</source>
            <translation>&amp;Выбрать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="86" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="87" />
            <source>Save As</source>
            <translation>Сохранить как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="88" />
            <source>Find Directory</source>
            <translation>Найти каталог</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="89" />
            <source>&amp;Rename</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="90" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="91" />
            <source>Show &amp;hidden files</source>
            <translation>Показать ск&amp;рытые файлы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="92" />
            <source>&amp;New Folder</source>
            <translation>&amp;Новая папка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="93" />
            <source>New Folder</source>
            <translation>Новая папка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="94" />
            <source>Recent Places</source>
            <translation>Недавние места</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="95" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="99" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Действительно удалить «%1»?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="104" />
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» защищён от записи.
Действительно удалить?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="106" />
            <source>Could not delete directory.</source>
            <translation>Не удалось удалить каталог.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="110" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 уже существует.
Заменить его?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="115" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="120" />
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="122" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="123" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="124" />
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="125" />
            <source>Date Modified</source>
            <translation>Дата изменения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="126" />
            <source>Computer</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="127" />
            <source>My Computer</source>
            <translation>Мой компьютер</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="168" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="169" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="170" />
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="171" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="172" />
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="173" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="174" />
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="277" />
            <source>Paper</source>
            <translation>Бумага</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="278" />
            <source>Page size:</source>
            <translation>Размер страницы:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="279" />
            <source>Width:</source>
            <translation>Ширина:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="280" />
            <source>Height:</source>
            <translation>Высота:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="281" />
            <source>Paper source:</source>
            <translation>Источник бумаги:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="282" />
            <source>Orientation</source>
            <translation>Ориентация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="283" />
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="284" />
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="285" />
            <source>Reverse landscape</source>
            <translation>Перевёрнутая альбомная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="286" />
            <source>Reverse portrait</source>
            <translation>Перевёрнутая книжная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="287" />
            <source>Margins</source>
            <translation>Поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="288" />
            <source>top margin</source>
            <translation>верхнее поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="289" />
            <source>left margin</source>
            <translation>левое поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="290" />
            <source>right margin</source>
            <translation>правое поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="291" />
            <source>bottom margin</source>
            <translation>нижнее поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="292" />
            <source>Page Layout</source>
            <translation>Размещение страниц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="293" />
            <source>Page &amp;order:</source>
            <translation>&amp;Порядок страниц:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="294" />
            <source>Pages &amp;per sheet:</source>
            <translation>Страниц на &amp;листе:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="295" />
            <source>Millimeters (mm)</source>
            <translation>Миллиметры (мм)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="296" />
            <source>Inches (in)</source>
            <translation>Дюймы (in)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="297" />
            <source>Points (pt)</source>
            <translation>Пункты (пт)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="298" />
            <source>Pica (P̸)</source>
            <translation>Пика (P̸)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="299" />
            <source>Didot (DD)</source>
            <translation>Дидо (DD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="300" />
            <source>Cicero (CC)</source>
            <translation>Цицеро (CC)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="309" />
            <source>Custom</source>
            <translation>Особый</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="310" />
            <source>mm</source>
            <translation>мм</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="40" />
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="41" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="42" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="43" />
            <location filename="../../src/cardfile/app.py" line="241" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="44" />
            <source>Discard</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="45" />
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="46" />
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="47" />
            <source>&amp;No</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="135" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="212" />
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="251" />
            <source>All Pages</source>
            <translation>Все страницы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="252" />
            <source>Odd Pages</source>
            <translation>Нечётные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="253" />
            <source>Even Pages</source>
            <translation>Чётные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="254" />
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Параметры &gt;&gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="255" />
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Параметры &lt;&lt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="256" />
            <source>&amp;Print</source>
            <translation>&amp;Печать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="257" />
            <source>Print to File (PDF)</source>
            <translation>Печать в файл (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="258" />
            <source>Local file</source>
            <translation>Локальный файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="259" />
            <source>Write PDF file</source>
            <translation>Запись файла PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="260" />
            <source>Print To File ...</source>
            <translation>Печать в файл ...</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="264" />
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 ― это каталог.
Выберите другое имя файла.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="269" />
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>%1 недоступен для записи.
Выберите другое имя файла.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="274" />
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 уже существует.
Заменить его?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="301" />
            <source>Left to Right, Top to Bottom</source>
            <translation>Слева направо, сверху вниз</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="302" />
            <source>Left to Right, Bottom to Top</source>
            <translation>Слева направо, снизу вверх</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="303" />
            <source>Right to Left, Bottom to Top</source>
            <translation>Справа налево, снизу вверх</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="304" />
            <source>Right to Left, Top to Bottom</source>
            <translation>Справа налево, сверху вниз</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="305" />
            <source>Bottom to Top, Left to Right</source>
            <translation>Снизу вверх, слева направо</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="306" />
            <source>Bottom to Top, Right to Left</source>
            <translation>Снизу вверх, справа налево</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="307" />
            <source>Top to Bottom, Left to Right</source>
            <translation>Сверху вниз, слева направо</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="308" />
            <source>Top to Bottom, Right to Left</source>
            <translation>Сверху вниз, справа налево</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="389" />
            <source>Duplex Settings Conflicts</source>
            <translation>Противоречия в настройках двусторонней печати</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="393" />
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в настройках двусторонней печати. Устранить?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="398" />
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Параметры «Страниц на листе» и «Набор страниц» не могут использоваться одновременно.
Отключите один из них.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="404" />
            <source>Invalid Pages Definition</source>
            <translation>Неверно указаны страницы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="409" />
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 имеет некорректный синтаксис. Используйте «,» для разделения страниц и диапазонов, а «-» — для определения диапазонов. Пересекающиеся диапазоны недопустимы.</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="192" />
            <source>Next page</source>
            <translation>Следующая страница</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="193" />
            <source>Previous page</source>
            <translation>Предыдущая страница</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="194" />
            <source>First page</source>
            <translation>Первая страница</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="195" />
            <source>Last page</source>
            <translation>Последняя страница</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="196" />
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="197" />
            <source>Fit page</source>
            <translation>На всю страницу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="198" />
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="199" />
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="200" />
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="201" />
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="202" />
            <source>Show single page</source>
            <translation>Показать одну страницу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="203" />
            <source>Show facing pages</source>
            <translation>Показать развороты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="207" />
            <source>Show overview of all pages</source>
            <translation>Показать обзор всех страниц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="209" />
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="210" />
            <source>Page setup</source>
            <translation>Параметры страницы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="211" />
            <source>Print Preview</source>
            <translation>Просмотр печати</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="276" />
            <source>Page Setup</source>
            <translation>Параметры страницы</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="311" />
            <source>Printer Properties</source>
            <translation>Свойства принтера</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="319" />
            <source>Job Options</source>
            <translation>Параметры задания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="370" />
            <source>Page Setup Conflicts</source>
            <translation>Противоречия в настройках страницы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="374" />
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в настройках страницы. Устранить?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="379" />
            <source>Advanced Option Conflicts</source>
            <translation>Противоречия расширенных настроек</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="384" />
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в некоторых расширенных настройках. Устранить?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="388" />
            <source>Custom value for %1</source>
            <translation>Своё значение для «%1»</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="312" />
            <source>Page</source>
            <translation>Страница</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="313" />
            <source>Advanced</source>
            <translation>Расширенные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="317" />
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Обнаружены противоречия в некоторых настройках. Устраните их.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="220" />
            <source>Print range</source>
            <translation>Диапазон печати</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="221" />
            <source>Print all</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="222" />
            <source>Pages from</source>
            <translation>Страницы с</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="223" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="224" />
            <source>Pages</source>
            <translation>Страницы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="229" />
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Укажите страницы или диапазоны, разделяя их запятыми. Диапазоны задаются двумя числами, разделёнными дефисом. Например: при указании 3,5-7,9 будут напечатаны страницы 3, 5, 6, 7 и 9.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="235" />
            <source>Current Page</source>
            <translation>Текущая страница</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="236" />
            <source>Selection</source>
            <translation>Выделенный фрагмент</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="237" />
            <source>Page &amp;Set:</source>
            <translation>Наб&amp;ор страниц:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="238" />
            <source>Output Settings</source>
            <translation>Настройки вывода</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="239" />
            <source>Copies:</source>
            <translation>Количество копий:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="240" />
            <source>Collate</source>
            <translation>Разобрать по копиям</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="241" />
            <source>Reverse</source>
            <translation>Обратный порядок</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="242" />
            <source>Copies</source>
            <translation>Копии</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="243" />
            <source>Color Mode</source>
            <translation>Режим цвета</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="244" />
            <source>Color</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="245" />
            <source>Grayscale</source>
            <translation>Оттенки серого</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="246" />
            <source>Double Sided Printing</source>
            <translation>Двусторонняя печать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="247" />
            <source>Off</source>
            <translation>Отключена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="248" />
            <source>Long side binding</source>
            <translation>Переплёт по длинной стороне</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="249" />
            <source>Short side binding</source>
            <translation>Переплёт по короткой стороне</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="250" />
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="213" />
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="214" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="215" />
            <source>P&amp;roperties</source>
            <translation>С&amp;войства</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="216" />
            <source>Location:</source>
            <translation>Расположение:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="217" />
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="218" />
            <source>Type:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="219" />
            <source>Output &amp;file:</source>
            <translation>Вывод в &amp;файл:</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="175" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="176" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="177" />
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="178" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="179" />
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="180" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="181" />
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="48" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="49" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="50" />
            <source>&amp;Finish</source>
            <translation>&amp;Готово</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="51" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/qt_words.py" line="52" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="209" />
            <location filename="../../src/cardfile/ui/records/form.py" line="92" />
            <source>Enter a number.</source>
            <translation>Введите число.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="211" />
            <location filename="../../src/cardfile/ui/problems.py" line="238" />
            <location filename="../../src/cardfile/ui/records/form.py" line="94" />
            <location filename="../../src/cardfile/ui/records/form.py" line="103" />
            <location filename="../../src/cardfile/ui/records/form.py" line="104" />
            <location filename="../../src/cardfile/ui/records/form.py" line="105" />
            <source>There is no such date.</source>
            <translation>Такой даты не существует.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="213" />
            <location filename="../../src/cardfile/ui/records/form.py" line="96" />
            <source>Choose one of: {choices}.</source>
            <translation>Выберите одно из значений: {choices}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="215" />
            <location filename="../../src/cardfile/ui/problems.py" line="252" />
            <location filename="../../src/cardfile/ui/records/form.py" line="98" />
            <source>Choose yes or no.</source>
            <translation>Выберите «да» или «нет».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="320" />
            <location filename="../../src/cardfile/ui/records/form.py" line="100" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation>Это не адрес эл. почты; он должен выглядеть как name@example.com.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="321" />
            <location filename="../../src/cardfile/ui/records/form.py" line="101" />
            <source>A phone number needs at least one digit.</source>
            <translation>В номере телефона должна быть хотя бы одна цифра.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="322" />
            <location filename="../../src/cardfile/ui/records/form.py" line="102" />
            <source>A web address cannot contain spaces.</source>
            <translation>В веб-адресе не может быть пробелов.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation>Компании «{name}» нет; сначала добавьте её или выберите из списка.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="106" />
            <source>A company needs a name.</source>
            <translation>У компании должно быть название.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="107" />
            <location filename="../../src/cardfile/ui/records/form.py" line="108" />
            <location filename="../../src/cardfile/ui/records/form.py" line="109" />
            <source>There is no such company.</source>
            <translation>Такой компании нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="263" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>&amp;Личная: видите только вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="264" />
            <source>A private record syncs only between your own devices, with its activities, notes and deals; nobody else in the office sees it.</source>
            <translation>Личная запись синхронизируется только между вашими собственными устройствами — вместе с её делами, заметками и сделками; больше никто в офисе её не видит.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="696" />
            <source>Custom fields</source>
            <translation>Пользовательские поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="960" />
            <source>{sentence} — &lt;a href="{id}"&gt;open it&lt;/a&gt;</source>
            <translation>{sentence} — &lt;a href="{id}"&gt;открыть&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="406" />
            <source>Choose another filter, or show them all.</source>
            <translation>Выберите другой фильтр или покажите все записи.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="486" />
            <source>&amp;List</source>
            <translation>&amp;Список</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="542" />
            <source>&amp;Edit</source>
            <translation>&amp;Изменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="543" />
            <source>&amp;Tag…</source>
            <translation>&amp;Тег…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="544" />
            <source>&amp;Remove Tag…</source>
            <translation>&amp;Снять тег…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="545" />
            <source>Add to &amp;Group…</source>
            <translation>Добавить в &amp;группу…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="547" />
            <source>Remove from Group</source>
            <translation>Убрать из группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="550" />
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="556" />
            <source>Show &amp;All</source>
            <translation>Показать &amp;все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="557" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="558" />
            <source>C&amp;all</source>
            <translation>&amp;Позвонить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="559" />
            <source>Send Ema&amp;il</source>
            <translation>Напи&amp;сать письмо</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="561" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="564" />
            <source>E&amp;xport Selected…</source>
            <translation>&amp;Экспорт выбранных…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="592" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation>Присвоить тег выбранным записям (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="593" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation>Снять тег с выбранных записей (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="594" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation>Добавить выбранные записи в группу (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="595" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation>Переместить выбранные записи в корзину (Delete)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="596" />
            <source>Call the selected record's first phone number</source>
            <translation>Позвонить по первому номеру телефона выбранной записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="597" />
            <source>Write to the selected records from your mail program</source>
            <translation>Написать выбранным записям из почтовой программы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="598" />
            <source>Copy the selected rows as text (Ctrl+C in the list)</source>
            <translation>Скопировать выбранные строки как текст (Ctrl+C в списке)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="599" />
            <source>Export the selected records to a vCard or CSV file</source>
            <translation>Экспортировать выбранные записи в файл vCard или CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="632" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="707" />
            <source>{count} (filtered)</source>
            <translation>{count} (с фильтром)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="710" />
            <source>{count} · {selected} selected</source>
            <translation>{count} · выбрано: {selected}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="807" />
            <source>{records} selected</source>
            <translation>Выбрано: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="876" />
            <source>&amp;Columns</source>
            <translation>&amp;Столбцы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="886" />
            <source>&amp;Reset Columns</source>
            <translation>&amp;Сбросить столбцы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="950" />
            <source>{tag} ({count})</source>
            <translation>{tag} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1034" />
            <source>Unsaved Changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1035" />
            <source>The card has a mistake, marked in red, to correct before it can be saved. Save the changes?</source>
            <translation>В карточке есть ошибка, отмеченная красным: исправьте её, прежде чем сохранять. Сохранить изменения?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1037" />
            <source>Save the changes to this card?</source>
            <translation>Сохранить изменения в этой карточке?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1096" />
            <source>Copied the first {records} of {count}; export the rest.</source>
            <translation>Скопированы первые записи ({records} из {count}); остальные экспортируйте.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1099" />
            <source>Copied {records}.</source>
            <translation>Скопировано: {records}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1162" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1169" />
            <source>Move to Trash</source>
            <translation>Переместить в корзину</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1163" />
            <source>Move {records} to the Trash?</source>
            <translation>Переместить в корзину: {records}?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1168" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation>Их можно восстановить из корзины или отменить это действие клавишами Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1183" />
            <source>Moving {records} to the Trash…</source>
            <translation>Перемещение в корзину: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Remove Tag</source>
            <translation>Снять тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1198" />
            <source>Take this tag off {records}:</source>
            <translation>Снять тег — {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Add Tag</source>
            <translation>Присвоить тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1200" />
            <source>Tag {records} with:</source>
            <translation>Присвоить тег — {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1212" />
            <source>Tagging {records}…</source>
            <translation>Присвоение тега: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1220" />
            <source>Add {records} to the group:</source>
            <translation>Добавить в группу — {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1237" />
            <source>Adding {records} to a group…</source>
            <translation>Добавление в группу: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1245" />
            <source>Taking {records} out of a group…</source>
            <translation>Удаление из группы: {records}…</translation>
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
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="333" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="342" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>Ничего не запланировано. Здесь будут звонки, встречи и задачи с этим контактом.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="348" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="412" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="350" />
            <source> · with {people}</source>
            <translation> · с участием: {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="361" />
            <source>No history yet.</source>
            <translation>Истории пока нет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>… and %Ln earlier entry(ies)</source>
            <translation>
                <numerusform>… и ещё %Ln более ранняя запись</numerusform>
                <numerusform>… и ещё %Ln более ранние записи</numerusform>
                <numerusform>… и ещё %Ln более ранних записей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="376" />
            <source>{when} · {action} · on “{name}”</source>
            <translation>{when} · {action} · в «{name}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="380" />
            <source>{when} · {action}</source>
            <translation>{when} · {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="382" />
            <source>{when} · Merged</source>
            <translation>{when} · Объединение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="384" />
            <source>{when} · Unmerged</source>
            <translation>{when} · Разделение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="386" />
            <source>{when} · Note</source>
            <translation>{when} · Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>done</source>
            <translation>завершено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="388" />
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="390" />
            <source>{when} · {type} {status}</source>
            <translation>{when} · {type}: {status}</translation>
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
                <numerusform>… и ещё %Ln поле</numerusform>
                <numerusform>… и ещё %Ln поля</numerusform>
                <numerusform>… и ещё %Ln полей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="424" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="427" />
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="432" />
            <source>{other} was merged into this card</source>
            <translation>С этой карточкой объединена карточка {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="433" />
            <source>This card was merged into {other}</source>
            <translation>Эта карточка объединена с карточкой {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="434" />
            <source>{other} was taken out of this card</source>
            <translation>Из этой карточки выделена карточка {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="435" />
            <source>This card was taken out of {other}</source>
            <translation>Эта карточка выделена из карточки {other}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="439" />
            <source>Merge history…</source>
            <translation>История объединений…</translation>
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
            <translation>вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="466" />
            <source>someone</source>
            <translation>кто-то</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="473" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>Напишите заметку… (Ctrl+Enter добавит её)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="476" />
            <source>Add Note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="493" />
            <source>No notes yet.</source>
            <translation>Заметок пока нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="517" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="526" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="722" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="535" />
            <source>No deals yet.</source>
            <translation>Сделок пока нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>open</source>
            <translation>открыта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>won</source>
            <translation>выиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>lost</source>
            <translation>проиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="542" />
            <source>closes {date}</source>
            <translation>закрытие {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="544" />
            <source>overdue</source>
            <translation>просрочена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="552" />
            <source>New Deal…</source>
            <translation>Новая сделка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="554" />
            <source>Add a deal with this {kind}</source>
            <translation>Добавить сделку по этой записи ({kind})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>person</source>
            <translation>контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="560" />
            <source>company</source>
            <translation>компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="570" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation>Групп пока нет. Группа объединяет людей или компании, выбранных вручную.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="579" />
            <source>New Group…</source>
            <translation>Новая группа…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="596" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="607" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="724" />
            <source>Groups</source>
            <translation>Группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>New Group</source>
            <translation>Новая группа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="599" />
            <source>Name of the new group:</source>
            <translation>Название новой группы:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="631" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="635" />
            <source>{when} · edited {edited}</source>
            <translation>{when} · изменено {edited}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="637" />
            <source>Change this note</source>
            <translation>Изменить эту заметку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="639" />
            <source>Move this note to the Trash (Ctrl+Z undoes)</source>
            <translation>Переместить эту заметку в корзину (Ctrl+Z отменяет)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="640" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="667" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="669" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="720" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="721" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="723" />
            <source>Deals</source>
            <translation>Сделки</translation>
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
                <numerusform>%Ln напоминание</numerusform>
                <numerusform>%Ln напоминания</numerusform>
                <numerusform>%Ln напоминаний</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="138" />
            <source>Cardfile reminder</source>
            <translation>Напоминание Cardfile</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="162" />
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="176" />
            <source>Alarm</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="182" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="183" />
            <source>&amp;Clear…</source>
            <translation>Заве&amp;ршить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="184" />
            <source>&amp;Snooze</source>
            <translation>О&amp;тложить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="187" />
            <source>For {length}</source>
            <translation>На {length}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="191" />
            <source>For How Long…</source>
            <translation>На сколько…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="196" />
            <source>&amp;Reschedule…</source>
            <translation>Пере&amp;нести…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="197" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Снять</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="225" />
            <source>missed, rang {when}</source>
            <translation>пропущено, сработало {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="227" />
            <source>rang {when}</source>
            <translation>сработало {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>%Ln alarm(s) due</source>
            <translation>
                <numerusform>%Ln напоминание</numerusform>
                <numerusform>%Ln напоминания</numerusform>
                <numerusform>%Ln напоминаний</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>No alarms are due.</source>
            <translation>Напоминаний нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Snooze</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="282" />
            <source>Ring again in how many minutes?</source>
            <translation>Через сколько минут напомнить снова?</translation>
        </message>
    </context>
    <context>
        <name>RepeatRule</name>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="159" />
            <location filename="../../src/cardfile/ui/problems.py" line="325" />
            <source>“{value}” is not a time zone.</source>
            <translation>«{value}» — не часовой пояс.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="160" />
            <source>The repeat rule's part “{value}” is not written as NAME=VALUE.</source>
            <translation>Часть «{value}» правила повторения записана не в виде ИМЯ=ЗНАЧЕНИЕ.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="161" />
            <source>{part} is not part of a repeat rule (RFC 5545).</source>
            <translation>{part} не входит в правило повторения (RFC 5545).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="162" />
            <source>The repeat rule gives {part} twice.</source>
            <translation>В правиле повторения {part} указано дважды.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="163" />
            <source>The repeat rule does not say how often it repeats (FREQ).</source>
            <translation>В правиле повторения не сказано, как часто повторять (FREQ).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="164" />
            <source>{part}={value}: Cardfile repeats activities daily, weekly, monthly or yearly.</source>
            <translation>{part}={value}: Cardfile повторяет дела ежедневно, еженедельно, ежемесячно или ежегодно.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="167" />
            <source>The repeat rule ends both after a number of times (COUNT) and on a date (UNTIL); it can do only one.</source>
            <translation>Правило повторения заканчивается и после числа раз (COUNT), и в дату (UNTIL); допустимо только одно.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="170" />
            <source>{part}={value}: the number of times is a whole number above 0.</source>
            <translation>{part}={value}: число раз — целое число больше 0.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="173" />
            <source>{part}={value}: a series repeats every 1 to 1000 days, weeks, months or years.</source>
            <translation>{part}={value}: серия повторяется раз в 1–1000 дней, недель, месяцев или лет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="176" />
            <source>“{value}” is not a repeat rule Cardfile can read (RFC 5545).</source>
            <translation>«{value}» — не правило повторения, которое Cardfile может прочитать (RFC 5545).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="177" />
            <source>{part}={value}: the rule's months never have these days, so it never happens.</source>
            <translation>{part}={value}: в месяцах правила таких дней не бывает, поэтому оно никогда не срабатывает.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="180" />
            <source>{part}={value} is not a date (20250331) or a time (20250331T235959Z).</source>
            <translation>{part}={value} — не дата (20250331) и не время (20250331T235959Z).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="183" />
            <source>Choose the weekdays from Monday to Sunday.</source>
            <translation>Выберите дни недели с понедельника по воскресенье.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="184" />
            <source>The week of the month is the first to the fourth, or the last.</source>
            <translation>Неделя месяца — с первой по четвёртую или последняя.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="185" />
            <source>Say after how many times the series ends.</source>
            <translation>Укажите, после скольких раз серия заканчивается.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="186" />
            <source>Say on which date the series ends.</source>
            <translation>Укажите, в какую дату серия заканчивается.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="187" />
            <source>The series would end before it starts.</source>
            <translation>Серия закончилась бы раньше, чем началась.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/problems.py" line="200" />
            <source>Cardfile cannot use this repeat rule: {rule}</source>
            <translation>Cardfile не может использовать это правило повторения: {rule}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="56" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Pipeline</source>
            <translation>Воронка продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="57" />
            <source>Forecast by month</source>
            <translation>Прогноз по месяцам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="58" />
            <source>Forecast by quarter</source>
            <translation>Прогноз по кварталам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="59" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Contact list</source>
            <translation>Список контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="60" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="61" />
            <source>By stage</source>
            <translation>По этапам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="62" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="63" />
            <source>People</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="64" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="203" />
            <source>By month</source>
            <translation>По месяцам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="65" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="204" />
            <source>By quarter</source>
            <translation>По кварталам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="66" />
            <source>In {currency}</source>
            <translation>В {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="67" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="68" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="69" />
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="70" />
            <source>Weighted</source>
            <translation>С учётом вероятности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="71" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="72" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="73" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="74" />
            <source>Probability</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="75" />
            <source>Close</source>
            <translation>Закрытие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="76" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="77" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="78" />
            <source>Quarter</source>
            <translation>Квартал</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="79" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="80" />
            <source>Won deals</source>
            <translation>Выигранные сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="81" />
            <source>Won</source>
            <translation>Выиграно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="82" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="83" />
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="84" />
            <source>No close date</source>
            <translation>Без даты закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="85" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="86" />
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="87" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="88" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="89" />
            <source>Town</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="90" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="91" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="92" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="93" />
            <source>With</source>
            <translation>С кем</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="94" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="95" />
            <source>Expected close</source>
            <translation>Ожидаемая дата закрытия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="96" />
            <source>Added</source>
            <translation>Дата добавления</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="97" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="98" />
            <source>none needed</source>
            <translation>не понадобились</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="99" />
            <source>Totals in {currency} are converted at exchange rates you entered: {rates}.</source>
            <translation>Итоги в {currency} пересчитаны по введённым вами курсам: {rates}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="102" />
            <source>Times are in {zone}; a repeating activity has a line per occurrence.</source>
            <translation>Время указано для часового пояса {zone}; у повторяющегося дела — по строке на каждое повторение.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="105" />
            <source>! after a close date: the deal is open and its expected close date has passed.</source>
            <translation>! после даты закрытия: сделка открыта, а ожидаемая дата закрытия уже прошла.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="108" />
            <source>! after a status: the activity is overdue (its time has passed and it is not cleared).</source>
            <translation>! после статуса: дело просрочено (его время прошло, а оно не завершено).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="112" />
            <source>Open deals count in the period of their expected close date, weighted by their probability; won deals in the period they were won.</source>
            <translation>Открытые сделки учитываются в периоде ожидаемой даты закрытия с учётом вероятности; выигранные — в периоде, когда они выиграны.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="130" />
            <source>scheduled</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/cells.py" line="133" />
            <source>Total: {count}</source>
            <translation>Всего: {count}</translation>
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
            <translation>Создан {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="64" />
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="65" />
            <source>Nothing to show.</source>
            <translation>Нет данных.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="66" />
            <source>This computer has no font for {scripts}: those characters are shown as boxes. Install a font for them (for example from the Noto family) and make the report again.</source>
            <translation>На этом компьютере нет шрифта для письменностей: {scripts}; эти символы показаны квадратиками. Установите для них шрифт (например, из семейства Noto) и создайте отчёт заново.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="137" />
            <source>… and %Ln more row(s): printing, the PDF and the CSV have them all.</source>
            <translation>
                <numerusform>… и ещё %Ln строка: при печати и в PDF и CSV будут все строки.</numerusform>
                <numerusform>… и ещё %Ln строки: при печати и в PDF и CSV будут все строки.</numerusform>
                <numerusform>… и ещё %Ln строк: при печати и в PDF и CSV будут все строки.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="172" />
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="181" />
            <source>Forecast</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="193" />
            <source>Anyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="198" />
            <source>All pipelines</source>
            <translation>Все воронки продаж</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="207" />
            <source>Each currency apart</source>
            <translation>Каждая валюта отдельно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="209" />
            <source>Also all in {currency}</source>
            <translation>И всё в {currency}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="212" />
            <source>Any type</source>
            <translation>Любой тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="217" />
            <source>Scheduled and cleared</source>
            <translation>Запланированные и завершённые</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="218" />
            <source>Scheduled</source>
            <translation>Запланированные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="219" />
            <source>Done</source>
            <translation>Завершённые</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="220" />
            <source>Cancelled</source>
            <translation>Отменённые</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="229" />
            <source>&amp;Owner:</source>
            <translation>&amp;Владелец:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="230" />
            <source>&amp;Pipeline:</source>
            <translation>В&amp;оронка продаж:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="231" />
            <source>Periods:</source>
            <translation>Периоды:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="232" />
            <source>&amp;Currencies:</source>
            <translation>Ва&amp;люты:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="233" />
            <source>&amp;Type:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="234" />
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="243" />
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="244" />
            <source>Save as P&amp;DF…</source>
            <translation>Сохранить в P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="245" />
            <source>Export &amp;CSV…</source>
            <translation>Экспорт в &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="295" />
            <source>&amp;Added:</source>
            <translation>&amp;Дата добавления:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="296" />
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="297" />
            <source>&amp;Expected close:</source>
            <translation>&amp;Ожидаемая дата закрытия:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="298" />
            <source>&amp;Dates:</source>
            <translation>Д&amp;аты:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="344" />
            <source>The dates end before they start.</source>
            <translation>Конечная дата раньше начальной.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="346" />
            <source>Making the report…</source>
            <translation>Создание отчёта…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="367" />
            <source>{title}: %Ln row(s).</source>
            <translation>
                <numerusform>{title}: %Ln строка.</numerusform>
                <numerusform>{title}: %Ln строки.</numerusform>
                <numerusform>{title}: %Ln строк.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>Save as PDF</source>
            <translation>Сохранение в PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="422" />
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="438" />
            <source>Making the PDF… (a long report takes a while; you can go on working)</source>
            <translation>Создание PDF… (длинный отчёт создаётся не сразу; можно продолжать работу)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="442" />
            <source>Saving {title} as PDF</source>
            <translation>Сохранение «{title}» в PDF</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="454" />
            <source>Saved {path}.</source>
            <translation>Сохранено: {path}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="456" />
            <source>No font on this computer has {scripts}: those letters show as boxes.</source>
            <translation>Ни в одном шрифте на этом компьютере нет письменностей: {scripts}; эти буквы показаны квадратиками.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="470" />
            <source>Could not write the PDF {path}: {problem}</source>
            <translation>Не удалось записать PDF-файл {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>Export as CSV</source>
            <translation>Экспорт в CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="481" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="494" />
            <source>Could not write the CSV {path}: {problem}</source>
            <translation>Не удалось записать CSV-файл {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="500" />
            <source>Exported {path}.</source>
            <translation>Экспортировано: {path}.</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="276" />
            <source>Reschedule Activity</source>
            <translation>Перенос дела</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="278" />
            <source>Reschedule %Ln Activities</source>
            <translation>
                <numerusform>Перенос %Ln дела</numerusform>
                <numerusform>Перенос %Ln дел</numerusform>
                <numerusform>Перенос %Ln дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>It keeps its length.</source>
            <translation>Длительность сохранится.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="296" />
            <source>Each keeps its time of day and length.</source>
            <translation>У каждого дела сохранятся время дня и длительность.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="305" />
            <source>&amp;Move to:</source>
            <translation>&amp;Перенести на:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/clear.py" line="307" />
            <source>Move</source>
            <translation>Перенести</translation>
        </message>
    </context>
    <context>
        <name>Result</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="816" />
            <source>completed</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="817" />
            <source>left a message</source>
            <translation>оставлено сообщение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="818" />
            <source>no answer</source>
            <translation>нет ответа</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Edit Activity</source>
            <translation>Изменение дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="85" />
            <source>Schedule Activity</source>
            <translation>Планирование дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="103" />
            <source>Schedule one activity with each person (as one step to undo)</source>
            <translation>Запланировать по делу с каждым человеком (отменяется одним шагом)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="109" />
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="154" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="115" />
            <source>Skip This Occurrence</source>
            <translation>Пропустить это повторение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="119" />
            <source>Leave this one occurrence out; the series goes on (Ctrl+Z brings it back)</source>
            <translation>Пропустить только это повторение; серия продолжится (Ctrl+Z вернёт его)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="124" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation>Ctrl+S — сохранить · Esc — отменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="157" />
            <source>Save again to schedule it anyway.</source>
            <translation>Сохраните ещё раз, чтобы всё равно запланировать.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/activities/schedule.py" line="158" />
            <source>Save Anyway</source>
            <translation>Всё равно сохранить</translation>
        </message>
    </context>
    <context>
        <name>Script</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Greek</source>
            <translation>греческая</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <source>Cyrillic</source>
            <translation>кириллица</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Armenian</source>
            <translation>армянская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Hebrew</source>
            <translation>иврит</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Arabic</source>
            <translation>арабская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Devanagari</source>
            <translation>деванагари</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Bengali</source>
            <translation>бенгальская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Tamil</source>
            <translation>тамильская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Thai</source>
            <translation>тайская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Lao</source>
            <translation>лаосская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Georgian</source>
            <translation>грузинская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Hangul (Korean)</source>
            <translation>хангыль (корейская)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Ethiopic</source>
            <translation>эфиопская</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Japanese kana</source>
            <translation>японская кана</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Bopomofo</source>
            <translation>бопомофо</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Chinese characters (kanji, hanja)</source>
            <translation>китайские иероглифы (кандзи, ханча)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>emoji</source>
            <translation>эмодзи</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="90" />
            <source>Show all %Ln contacts</source>
            <translation>
                <numerusform>Показать все %Ln контакт</numerusform>
                <numerusform>Показать все %Ln контакта</numerusform>
                <numerusform>Показать все %Ln контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="91" />
            <source>Show all %Ln companies</source>
            <translation>
                <numerusform>Показать все %Ln компанию</numerusform>
                <numerusform>Показать все %Ln компании</numerusform>
                <numerusform>Показать все %Ln компаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="92" />
            <source>Show all %Ln activities</source>
            <translation>
                <numerusform>Показать все %Ln дело</numerusform>
                <numerusform>Показать все %Ln дела</numerusform>
                <numerusform>Показать все %Ln дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="93" />
            <source>Show all %Ln notes</source>
            <translation>
                <numerusform>Показать все %Ln заметку</numerusform>
                <numerusform>Показать все %Ln заметки</numerusform>
                <numerusform>Показать все %Ln заметок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="94" />
            <source>Show all %Ln deals</source>
            <translation>
                <numerusform>Показать все %Ln сделку</numerusform>
                <numerusform>Показать все %Ln сделки</numerusform>
                <numerusform>Показать все %Ln сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="96" />
            <source>Show all %Ln</source>
            <translation>
                <numerusform>Показать все (%Ln)</numerusform>
                <numerusform>Показать все (%Ln)</numerusform>
                <numerusform>Показать все (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="103" />
            <source>{field} ({label})</source>
            <translation>{field} ({label})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="109" />
            <source>scheduled</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="110" />
            <source>done</source>
            <translation>завершено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="111" />
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="112" />
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="113" />
            <source>open</source>
            <translation>открыта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="114" />
            <source>won</source>
            <translation>выиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="115" />
            <source>lost</source>
            <translation>проиграна</translation>
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
                <numerusform>{names} и ещё %Ln</numerusform>
                <numerusform>{names} и ещё %Ln</numerusform>
                <numerusform>{names} и ещё %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="211" />
            <source>No matches for “{query}”</source>
            <translation>Ничего не найдено по запросу «{query}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="469" />
            <location filename="../../src/cardfile/ui/search.py" line="487" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
            <translation>Поиск контактов, компаний, сделок… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="491" />
            <source>Preparing search … {percent}%</source>
            <translation>Подготовка поиска… {percent}%</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="493" />
            <source>Search is being prepared after the first sync ({percent}% done). You can search meanwhile: every record is found, only more slowly.</source>
            <translation>Поиск готовится после первой синхронизации (готово {percent}%). Искать можно уже сейчас: находятся все записи, только медленнее.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="67" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="79" />
            <source>Given name first — Anna Berg</source>
            <translation>Сначала имя — Анна Берг</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="80" />
            <source>Family name first — Berg Anna</source>
            <translation>Сначала фамилия — Берг Анна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="82" />
            <source>Names</source>
            <translation>Имена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="83" />
            <source>Show &amp;names:</source>
            <translation>Порядок &amp;имён:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="84" />
            <source>Chinese, Japanese and Korean names are always written family name first.</source>
            <translation>Китайские, японские и корейские имена всегда пишутся начиная с фамилии.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="88" />
            <source>None — numbers need their + country code</source>
            <translation>Нет — номера нужно вводить с кодом страны через +</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="93" />
            <source>Phone numbers</source>
            <translation>Номера телефонов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="94" />
            <source>Default &amp;country:</source>
            <translation>&amp;Страна по умолчанию:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="97" />
            <source>Phone numbers typed without a + are read as numbers of this country, so a search finds them whichever way they were written.</source>
            <translation>Номера телефонов, введённые без +, считаются номерами этой страны, поэтому поиск находит их, как бы они ни были записаны.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="108" />
            <source>Show &amp;dates as:</source>
            <translation>&amp;Формат дат:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="117" />
            <source>Start</source>
            <translation>Запуск</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="118" />
            <source>&amp;Open Cardfile on:</source>
            <translation>&amp;Открывать Cardfile на странице:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="119" />
            <source>The page the window shows when Cardfile starts: the Dashboard, say.</source>
            <translation>Страница, которую окно показывает при запуске Cardfile, например «Сводка».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="123" />
            <source>System default</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="129" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="130" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="133" />
            <source>Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. Cardfile speaks a newly chosen language after it is restarted.</source>
            <translation>Меню, сообщения, даты, время, числа и денежные суммы отображаются на выбранном здесь языке. Новый язык начнёт действовать после перезапуска Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="139" />
            <source>S&amp;ync Settings…</source>
            <translation>Настройки &amp;синхронизации…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="143" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="144" />
            <source>The sync server, your sign-in and automatic sync have a page of their own.</source>
            <translation>Для сервера синхронизации, вашего входа и автоматической синхронизации есть отдельное окно.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="156" />
            <source>As the system shows them — {example}</source>
            <translation>Как в системе — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="157" />
            <source>ISO 8601 — {example}</source>
            <translation>ISO 8601 — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="158" />
            <source>Written out — {example}</source>
            <translation>Словами — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="175" />
            <source>The language could not be saved. {problem}</source>
            <translation>Не удалось сохранить язык. {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="184" />
            <source>Rewriting names</source>
            <translation>Перезапись имён</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="186" />
            <source>Rebuilding the search index</source>
            <translation>Перестройка поискового индекса</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="63" />
            <source>{record} — made private by its owner; your change was not kept</source>
            <translation>{record} — владелец сделал запись личной; ваше изменение не сохранено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="65" />
            <source>{record} — only an administrator may give it to another user</source>
            <translation>{record} — передать запись другому пользователю может только администратор</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="67" />
            <source>{record} — only an administrator may take it from {owner}</source>
            <translation>{record} — забрать запись у пользователя {owner} может только администратор</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="69" />
            <source>{record} — only an administrator may take it from its owner</source>
            <translation>{record} — забрать запись у владельца может только администратор</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="71" />
            <source>{record} — only its owner may make it private or public</source>
            <translation>{record} — сделать запись личной или общей может только её владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>{record} — only {owner} or an administrator may erase it</source>
            <translation>{record} — удалить запись навсегда могут только {owner} или администратор</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>{record} — only its owner or an administrator may erase it</source>
            <translation>{record} — удалить запись навсегда могут только её владелец или администратор</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="77" />
            <source>{record}, {field} — the server cannot keep this value</source>
            <translation>{record}, {field} — сервер не может сохранить это значение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="79" />
            <source>{record} — the server cannot keep one of its values</source>
            <translation>{record} — сервер не может сохранить одно из значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="81" />
            <source>{record}, {field} — too large to sync; it stays on this device only</source>
            <translation>{record}, {field} — слишком большое значение для синхронизации; оно останется только на этом устройстве</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="85" />
            <source>{record} — a value too large to sync; it stays on this device only</source>
            <translation>{record} — значение слишком велико для синхронизации и останется только на этом устройстве</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="86" />
            <source>{record} — the server did not keep your change</source>
            <translation>{record} — сервер не сохранил ваше изменение</translation>
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
            <translation>контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="95" />
            <source>a company</source>
            <translation>компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>a deal</source>
            <translation>сделка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="97" />
            <source>an activity</source>
            <translation>дело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="98" />
            <source>a note</source>
            <translation>заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="100" />
            <source>a record</source>
            <translation>запись</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="108" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln изменение в очереди</numerusform>
                <numerusform>%Ln изменения в очереди</numerusform>
                <numerusform>%Ln изменений в очереди</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="112" />
            <source>%Ln conflict(s)</source>
            <translation>
                <numerusform>%Ln конфликт</numerusform>
                <numerusform>%Ln конфликта</numerusform>
                <numerusform>%Ln конфликтов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="118" />
            <source>Syncing…</source>
            <translation>Синхронизация…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="120" />
            <source>Sync: checking…</source>
            <translation>Синхронизация: проверка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="122" />
            <source>Not set up</source>
            <translation>Не настроена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline — {waiting}</source>
            <translation>Нет связи — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="125" />
            <source>Offline</source>
            <translation>Нет связи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in — {waiting}</source>
            <translation>Вход не выполнен — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="127" />
            <source>Not signed in</source>
            <translation>Вход не выполнен</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed — {waiting}</source>
            <translation>Сбой синхронизации — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="129" />
            <source>Sync failed</source>
            <translation>Сбой синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet · {waiting}</source>
            <translation>Ещё не синхронизировано · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="131" />
            <source>Not synced yet</source>
            <translation>Ещё не синхронизировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="134" />
            <source>Synced {when} · {waiting}</source>
            <translation>Синхронизировано {when} · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="135" />
            <source>Synced {when}</source>
            <translation>Синхронизировано {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="141" />
            <source>Reading the sync state…</source>
            <translation>Чтение состояния синхронизации…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="143" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation>Эта база данных не синхронизируется с сервером. Настроить синхронизацию можно в меню «Синхронизация ▸ Настройки синхронизации».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="144" />
            <source>Syncs with {server} as {user}.</source>
            <translation>Синхронизируется с {server} как {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="146" />
            <source>Last synced {when}.</source>
            <translation>Последняя синхронизация: {when}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="148" />
            <source>Syncs by itself every %Ln minute(s).</source>
            <translation>
                <numerusform>Синхронизируется автоматически каждую %Ln минуту.</numerusform>
                <numerusform>Синхронизируется автоматически каждые %Ln минуты.</numerusform>
                <numerusform>Синхронизируется автоматически каждые %Ln минут.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="150" />
            <source>{waiting} to be sent.</source>
            <translation>Ожидает отправки: {waiting}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Sending changes: {count}</source>
            <translation>Отправка изменений: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="248" />
            <source>Receiving changes: {count}</source>
            <translation>Получение изменений: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="258" />
            <source>Syncing</source>
            <translation>Синхронизация</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="271" />
            <source>Synced, but the server overruled %Ln change(s): {reason}. The value it holds is back.</source>
            <translation>
                <numerusform>Синхронизировано, но сервер отклонил %Ln изменение: {reason}. Возвращено значение, которое хранится на сервере.</numerusform>
                <numerusform>Синхронизировано, но сервер отклонил %Ln изменения: {reason}. Возвращено значение, которое хранится на сервере.</numerusform>
                <numerusform>Синхронизировано, но сервер отклонил %Ln изменений: {reason}. Возвращено значение, которое хранится на сервере.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="279" />
            <source>Synced: %Ln change(s) sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation>
                <numerusform>Синхронизировано: отправлено %Ln изменение, получено — {received}; проверьте в меню «Синхронизация ▸ Конфликты»: {conflicts}.</numerusform>
                <numerusform>Синхронизировано: отправлено %Ln изменения, получено — {received}; проверьте в меню «Синхронизация ▸ Конфликты»: {conflicts}.</numerusform>
                <numerusform>Синхронизировано: отправлено %Ln изменений, получено — {received}; проверьте в меню «Синхронизация ▸ Конфликты»: {conflicts}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="287" />
            <source>Synced: %Ln change(s) sent, {received} received.</source>
            <translation>
                <numerusform>Синхронизировано: отправлено %Ln изменение, получено — {received}.</numerusform>
                <numerusform>Синхронизировано: отправлено %Ln изменения, получено — {received}.</numerusform>
                <numerusform>Синхронизировано: отправлено %Ln изменений, получено — {received}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="332" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="352" />
            <source>Signing in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="356" />
            <source>Signing out</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Using the other values</source>
            <translation>Применение других значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="380" />
            <source>Keeping values</source>
            <translation>Сохранение значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="410" />
            <source>Values sync could not merge: review them (Sync ▸ Conflicts)</source>
            <translation>Значения, которые синхронизация не смогла объединить: проверьте их («Синхронизация ▸ Конфликты»)</translation>
        </message>
    </context>
    <context>
        <name>SyncReason</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="30" />
            <source>wrong user name or password</source>
            <translation>неверное имя пользователя или пароль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="31" />
            <source>this computer's sign-in was revoked or has expired; sign in again</source>
            <translation>вход с этого компьютера отозван или истёк; войдите снова</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="32" />
            <source>this computer is not signed in yet</source>
            <translation>этот компьютер ещё не вошёл на сервер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="33" />
            <source>what this computer sent is more than the server takes at once</source>
            <translation>этот компьютер отправил больше данных, чем сервер принимает за раз</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="34" />
            <source>the server and this version of Cardfile speak different versions of the sync protocol; update the older one</source>
            <translation>сервер и эта версия Cardfile используют разные версии протокола синхронизации; обновите более старую сторону</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="38" />
            <source>the server ran into an error of its own; nothing was changed, try again later</source>
            <translation>на сервере произошла внутренняя ошибка; ничего не изменено, повторите попытку позже</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="39" />
            <source>the server could not take what this computer sent; nothing was changed</source>
            <translation>сервер не смог принять то, что отправил этот компьютер; ничего не изменено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="40" />
            <source>the server expected this computer's changes in another order; they are sent again</source>
            <translation>сервер ожидал изменения этого компьютера в другом порядке; они будут отправлены снова</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="41" />
            <source>nothing answers at that address (is the server running?)</source>
            <translation>по этому адресу никто не отвечает (сервер запущен?)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="42" />
            <source>it did not answer in time</source>
            <translation>он не ответил вовремя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="43" />
            <source>the server's name is not known on this network</source>
            <translation>имя сервера неизвестно в этой сети</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="44" />
            <source>the secure connection failed</source>
            <translation>не удалось установить защищённое соединение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="45" />
            <source>the network connection failed</source>
            <translation>сбой сетевого соединения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="46" />
            <source>the connection dropped before the answer came through</source>
            <translation>соединение прервалось до получения ответа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="47" />
            <source>its answer is not a sync server's answer</source>
            <translation>его ответ не похож на ответ сервера синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="48" />
            <source>its answer does not follow the sync protocol</source>
            <translation>его ответ не соответствует протоколу синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="49" />
            <source>a password is needed the first time</source>
            <translation>при первом входе нужен пароль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="50" />
            <source>this database is a restored backup or a copy of another; it syncs on as a new device</source>
            <translation>эта база данных — восстановленная резервная копия или копия другой базы; она продолжит синхронизацию как новое устройство</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="55" />
            <source>the user {account} is disabled on this server</source>
            <translation>пользователь {account} отключён на этом сервере</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="57" />
            <source>this user is disabled on this server</source>
            <translation>этот пользователь отключён на этом сервере</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="59" />
            <source>this database already syncs as {account}; sign in as {account} or use another database</source>
            <translation>эта база данных уже синхронизируется от имени {account}; войдите как {account} или используйте другую базу данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="65" />
            <source>too many failed sign-ins; try again in {wait}</source>
            <translation>слишком много неудачных попыток входа; повторите через {wait}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="66" />
            <source>too many failed sign-ins; try again later</source>
            <translation>слишком много неудачных попыток входа; повторите позже</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="70" />
            <source>this computer's clock is {ahead} ahead of the server's: set its date and time right; the changes made meanwhile wait on this computer</source>
            <translation>часы этого компьютера спешат на {ahead} относительно сервера: установите правильные дату и время; изменения, сделанные за это время, ждут на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="74" />
            <source>this computer's clock is ahead of the server's: set its date and time right</source>
            <translation>часы этого компьютера спешат относительно сервера: установите правильные дату и время</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="77" />
            <source>it answered with HTTP status {status}</source>
            <translation>он ответил с кодом HTTP {status}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/reasons.py" line="78" />
            <source>it gave no reason this version of Cardfile knows</source>
            <translation>он не указал причину, известную этой версии Cardfile</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="41" />
            <source>Off — only when I choose Sync Now</source>
            <translation>Выкл. — только по команде «Синхронизировать сейчас»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="43" />
            <source>Every hour</source>
            <translation>Каждый час</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="45" />
            <source>Every %Ln hour(s)</source>
            <translation>
                <numerusform>Каждый %Ln час</numerusform>
                <numerusform>Каждые %Ln часа</numerusform>
                <numerusform>Каждые %Ln часов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="46" />
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>Каждую %Ln минуту</numerusform>
                <numerusform>Каждые %Ln минуты</numerusform>
                <numerusform>Каждые %Ln минут</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="55" />
            <source>Sync Settings</source>
            <translation>Настройки синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="57" />
            <source>Sync keeps this database and your office's sync server in step: your changes go up, everyone else's come down. You can keep working while it runs.</source>
            <translation>Синхронизация поддерживает эту базу данных и сервер синхронизации вашего офиса в согласованном состоянии: ваши изменения отправляются на сервер, изменения остальных приходят к вам. Во время синхронизации можно продолжать работу.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="81" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="84" />
            <source>Send my password &amp;without encryption (the address is not https://)</source>
            <translation>Отправлять пароль &amp;без шифрования (адрес не https://)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="91" />
            <source>&amp;Sign In</source>
            <translation>&amp;Войти</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="94" />
            <source>Sign &amp;Out</source>
            <translation>&amp;Выйти</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="103" />
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="104" />
            <source>Ser&amp;ver:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="105" />
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="123" />
            <source>Automatic sync</source>
            <translation>Автоматическая синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="124" />
            <source>Sync &amp;automatically:</source>
            <translation>Синхронизировать &amp;автоматически:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="125" />
            <source>Sync Now (F9, or in the Sync menu) syncs whenever you choose.</source>
            <translation>«Синхронизировать сейчас» (F9 или меню «Синхронизация») запускает синхронизацию в любой момент.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="127" />
            <source>Sync &amp;Now</source>
            <translation>Синхронизировать &amp;сейчас</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="159" />
            <source>Signed in as {user}.</source>
            <translation>Вход выполнен: {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="161" />
            <source>Not signed in: type the password and sign in.</source>
            <translation>Вход не выполнен: введите пароль и войдите.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="163" />
            <source>Not set up: give the server and your user name, then sign in.</source>
            <translation>Не настроено: укажите сервер и имя пользователя, затем войдите.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="210" />
            <source>Signing in to {server}…</source>
            <translation>Вход на {server}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="222" />
            <source>Signed in. Sync Now brings this database and the server together.</source>
            <translation>Вход выполнен. «Синхронизировать сейчас» приведёт эту базу данных и сервер в соответствие.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="224" />
            <source>Signed in for this session only: without a keyring Cardfile asks again after a restart.</source>
            <translation>Вход выполнен только на этот сеанс: без хранилища паролей Cardfile спросит пароль снова после перезапуска.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="230" />
            <source>Signed out. Changes made here wait until you sign in.</source>
            <translation>Выход выполнен. Изменения, сделанные здесь, подождут, пока вы не войдёте.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="239" />
            <location filename="../../src/cardfile/ui/sync/settings.py" line="243" />
            <source>Syncing…</source>
            <translation>Синхронизация…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="249" />
            <source>Synced: %Ln change(s) sent and {received} received.</source>
            <translation>
                <numerusform>Синхронизировано: отправлено %Ln изменение, получено — {received}.</numerusform>
                <numerusform>Синхронизировано: отправлено %Ln изменения, получено — {received}.</numerusform>
                <numerusform>Синхронизировано: отправлено %Ln изменений, получено — {received}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="735" />
            <source>Remove the tag “{tag}”</source>
            <translation>Снять тег «{tag}»</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="92" />
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="760" />
            <source>Add a tag…</source>
            <translation>Добавить тег…</translation>
        </message>
    </context>
    <context>
        <name>TaskIndicator</name>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="298" />
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="299" />
            <source>Stop this task</source>
            <translation>Остановить эту задачу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="344" />
            <source>{title} (and {count} more)</source>
            <translation>{title} (и ещё {count})</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="33" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="34" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="35" />
            <source>Activity</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="36" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="37" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="38" />
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="39" />
            <source>Saved lookup</source>
            <translation>Сохранённая выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="40" />
            <source>Custom field</source>
            <translation>Пользовательское поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>(no name)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="52" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="53" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="72" />
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="73" />
            <source>The Trash is empty</source>
            <translation>Корзина пуста</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="74" />
            <source>Records you delete wait here until you restore them or erase them for good.</source>
            <translation>Удалённые записи ждут здесь, пока вы не восстановите их или не сотрёте навсегда.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="82" />
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="85" />
            <source>Bring the selected records back, with their links</source>
            <translation>Вернуть выбранные записи вместе с их связями</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="88" />
            <source>&amp;Erase…</source>
            <translation>&amp;Стереть…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="91" />
            <source>Erase the selected records and their history for good</source>
            <translation>Стереть выбранные записи и их историю навсегда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="93" />
            <source>Empty &amp;Trash…</source>
            <translation>Очистить &amp;корзину…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="112" />
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="132" />
            <source>Erase “{name}” for good? It and its whole history leave the database; this cannot be undone.</source>
            <translation>Стереть «{name}» навсегда? Запись и вся её история будут удалены из базы данных; это нельзя отменить.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase %Ln record(s) for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation>
                <numerusform>Стереть навсегда %Ln запись? Она и вся её история будут удалены из базы данных; это нельзя отменить.</numerusform>
                <numerusform>Стереть навсегда %Ln записи? Они и вся их история будут удалены из базы данных; это нельзя отменить.</numerusform>
                <numerusform>Стереть навсегда %Ln записей? Они и вся их история будут удалены из базы данных; это нельзя отменить.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="141" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="149" />
            <source>Erase for Good</source>
            <translation>Стереть навсегда</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="158" />
            <source>Erase all %Ln record(s) in the Trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>Стереть навсегда %Ln запись в корзине? Это нельзя отменить.</numerusform>
                <numerusform>Стереть навсегда все %Ln записи в корзине? Это нельзя отменить.</numerusform>
                <numerusform>Стереть навсегда все %Ln записей в корзине? Это нельзя отменить.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="159" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="164" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="171" />
            <source>Empty Trash</source>
            <translation>Очистить корзину</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="172" />
            <source>%Ln record(s) in the Trash belong to someone else: only their owner or an administrator of the sync server can erase them. They stay in the Trash, and anyone may restore them.</source>
            <translation>
                <numerusform>%Ln запись в корзине принадлежит другому пользователю: стереть её может только владелец или администратор сервера синхронизации. Она остаётся в корзине, и восстановить её может любой.</numerusform>
                <numerusform>%Ln записи в корзине принадлежат другим пользователям: стереть их может только владелец или администратор сервера синхронизации. Они остаются в корзине, и восстановить их может любой.</numerusform>
                <numerusform>%Ln записей в корзине принадлежат другим пользователям: стереть их может только владелец или администратор сервера синхронизации. Они остаются в корзине, и восстановить их может любой.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="188" />
            <source>%Ln record(s) in the Trash</source>
            <translation>
                <numerusform>%Ln запись в корзине</numerusform>
                <numerusform>%Ln записи в корзине</numerusform>
                <numerusform>%Ln записей в корзине</numerusform>
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
