<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="154" />
            <source>Undo {action}</source>
            <translation>Отменить: {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="155" />
            <source>Redo {action}</source>
            <translation>Повторить: {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Add contact</source>
            <translation>Добавление контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>Add contacts</source>
            <translation>Добавление контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="162" />
            <source>Edit contact</source>
            <translation>Изменение контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="163" />
            <source>Delete contact</source>
            <translation>Удаление контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="164" />
            <source>Restore contact</source>
            <translation>Восстановление контакта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="165" />
            <source>Tag contacts</source>
            <translation>Присвоение тегов контактам</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="166" />
            <source>Delete contacts</source>
            <translation>Удаление контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="167" />
            <source>Tag companies</source>
            <translation>Присвоение тегов компаниям</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="168" />
            <source>Delete companies</source>
            <translation>Удаление компаний</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="169" />
            <source>Add company</source>
            <translation>Добавление компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Edit company</source>
            <translation>Изменение компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Delete company</source>
            <translation>Удаление компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Restore company</source>
            <translation>Восстановление компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Schedule activity</source>
            <translation>Планирование дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="174" />
            <source>Edit activity</source>
            <translation>Изменение дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="175" />
            <source>Clear activity</source>
            <translation>Завершение дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="176" />
            <source>Delete activity</source>
            <translation>Удаление дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="177" />
            <source>Restore activity</source>
            <translation>Восстановление дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="178" />
            <source>Add note</source>
            <translation>Добавление заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="179" />
            <source>Edit note</source>
            <translation>Изменение заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="180" />
            <source>Delete note</source>
            <translation>Удаление заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="181" />
            <source>Restore note</source>
            <translation>Восстановление заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="182" />
            <source>Add deal</source>
            <translation>Добавление сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="183" />
            <source>Edit deal</source>
            <translation>Изменение сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="184" />
            <source>Move deal</source>
            <translation>Перемещение сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="185" />
            <source>Close deal</source>
            <translation>Закрытие сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="186" />
            <source>Reopen deal</source>
            <translation>Повторное открытие сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="187" />
            <source>Delete deal</source>
            <translation>Удаление сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="188" />
            <source>Restore deal</source>
            <translation>Восстановление сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="189" />
            <source>Add group</source>
            <translation>Добавление группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="190" />
            <source>Rename group</source>
            <translation>Переименование группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="191" />
            <source>Add to group</source>
            <translation>Добавление в группу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="192" />
            <source>Remove from group</source>
            <translation>Удаление из группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="193" />
            <source>Delete group</source>
            <translation>Удаление группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="194" />
            <source>Restore group</source>
            <translation>Восстановление группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="195" />
            <source>Save lookup</source>
            <translation>Сохранение выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="196" />
            <source>Edit lookup</source>
            <translation>Изменение выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="197" />
            <source>Delete lookup</source>
            <translation>Удаление выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="198" />
            <source>Add custom field</source>
            <translation>Добавление пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="199" />
            <source>Edit custom field</source>
            <translation>Изменение пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="200" />
            <source>Remove custom field</source>
            <translation>Удаление пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="201" />
            <source>Restore custom field</source>
            <translation>Восстановление пользовательского поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="202" />
            <source>Restore from Trash</source>
            <translation>Восстановление из корзины</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="203" />
            <source>Erase record</source>
            <translation>Безвозвратное удаление записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="204" />
            <source>Empty Trash</source>
            <translation>Очистка корзины</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="205" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <source>Repair database</source>
            <translation>Восстановление базы данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="207" />
            <source>import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="217" />
            <location filename="../../src/cardfile/ui/words.py" line="220" />
            <source>Delete {records}</source>
            <translation>Удаление: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="218" />
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>Tag {records}</source>
            <translation>Присвоение тега: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>Add {records}</source>
            <translation>Добавление: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="233" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>&amp;Undo {action}</source>
            <translation>&amp;Отменить: {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="240" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="241" />
            <source>&amp;Redo {action}</source>
            <translation>&amp;Повторить: {action}</translation>
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="283" />
            <source>Street</source>
            <translation>Улица, дом</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="284" />
            <source>Apartment, suite</source>
            <translation>Квартира, офис</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="285" />
            <source>PO box</source>
            <translation>Абонентский ящик</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="286" />
            <source>Postcode</source>
            <translation>Почтовый индекс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="287" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="288" />
            <source>State or region</source>
            <translation>Область или регион</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="289" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="130" />
            <source>turns {years} today</source>
            <translation>сегодня исполняется {years}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="132" />
            <source>{years} years today</source>
            <translation>сегодня {years}-я годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="136" />
            <source>turns {years} tomorrow</source>
            <translation>завтра исполняется {years}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="136" />
            <source>{years} years tomorrow</source>
            <translation>завтра {years}-я годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="138" />
            <source>turns {years} in {days} days</source>
            <translation>через {days} дн. исполняется {years}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="138" />
            <source>{years} years in {days} days</source>
            <translation>через {days} дн. {years}-я годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="141" />
            <source>age {years}</source>
            <translation>возраст: {years}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="141" />
            <source>{years} years</source>
            <translation>лет: {years}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="144" />
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="146" />
            <source>tomorrow</source>
            <translation>завтра</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="148" />
            <source>in {days} days</source>
            <translation>через {days} дн.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="223" />
            <location filename="../../src/cardfile/ui/records/card.py" line="466" />
            <location filename="../../src/cardfile/ui/records/card.py" line="491" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="223" />
            <location filename="../../src/cardfile/ui/records/card.py" line="466" />
            <location filename="../../src/cardfile/ui/records/card.py" line="491" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="324" />
            <source>Email {address}</source>
            <translation>Написать на {address}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="325" />
            <source>Call {number}</source>
            <translation>Позвонить по номеру {number}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="333" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="334" />
            <source>Copy {value}</source>
            <translation>Копировать {value}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="343" />
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="377" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="378" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="379" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="381" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="383" />
            <source>Messaging</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="388" />
            <source>Custom fields</source>
            <translation>Пользовательские поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="391" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="392" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="464" />
            <source>moved to the Trash</source>
            <translation>перемещено в корзину</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="464" />
            <source>restored from the Trash</source>
            <translation>восстановлено из корзины</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="468" />
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="470" />
            <source>(a company since erased)</source>
            <translation>(компания, удалённая безвозвратно)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="474" />
            <source>(picture)</source>
            <translation>(изображение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="480" />
            <source>(a removed field)</source>
            <translation>(удалённое поле)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="511" />
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="513" />
            <source>{label} ★</source>
            <translation>{label} ★</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="527" />
            <location filename="../../src/cardfile/ui/records/card.py" line="955" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation>Ctrl+S — сохранить · Esc — отменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="530" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="532" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="616" />
            <source>What you choose below is done to all of them, as one step Undo takes back.</source>
            <translation>То, что вы выберете ниже, будет сделано со всеми ними за один шаг, который отменяется командой «Отменить».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="721" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="851" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="853" />
            <source>Edit this card (F2)</source>
            <translation>Изменить карточку (F2)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="930" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="982" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation>Изменено · Ctrl+S — сохранить · Esc — отменить</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>&amp;New Company</source>
            <translation>&amp;Новая компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>1 company</source>
            <translation>1 компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="93" />
            <source>{count} companies</source>
            <translation>компании ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="94" />
            <source>Companies: {count}</source>
            <translation>Компаний: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="95" />
            <source>No companies yet</source>
            <translation>Компаний пока нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="96" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation>Здесь перечислены организации. Компания добавляется, когда вы её создаёте или когда указываете у контакта название компании, которой ещё нет в базе.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="101" />
            <source>No companies match the filter</source>
            <translation>Нет компаний, подходящих под фильтр</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="102" />
            <source>Select a company to see its card.</source>
            <translation>Выберите компанию, чтобы открыть её карточку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="103" />
            <source>&amp;Company</source>
            <translation>&amp;Компания</translation>
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="65" />
            <source>part of {parent}</source>
            <translation>входит в {parent}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="67" />
            <source>website</source>
            <translation>сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="69" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="72" />
            <source>… and {count} more</source>
            <translation>… и ещё {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="74" />
            <source>People ({count})</source>
            <translation>Сотрудники ({count})</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="57" />
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="58" />
            <source>&amp;Industry</source>
            <translation>&amp;Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="59" />
            <source>&amp;Website</source>
            <translation>&amp;Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="60" />
            <source>&amp;Part of</source>
            <translation>&amp;Входит в</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="60" />
            <source>The company this one belongs to, if any</source>
            <translation>Компания, в которую входит эта, если есть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="63" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="63" />
            <source>Add email address</source>
            <translation>Добавить адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="64" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="64" />
            <source>Add phone number</source>
            <translation>Добавить номер телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="65" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="65" />
            <source>Add address</source>
            <translation>Добавить адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="66" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="66" />
            <source>Add web address</source>
            <translation>Добавить веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="67" />
            <source>Messaging and social</source>
            <translation>Мессенджеры и соцсети</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="67" />
            <source>Add account</source>
            <translation>Добавить аккаунт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="68" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="68" />
            <source>Add date</source>
            <translation>Добавить дату</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="69" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="70" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="71" />
            <source>Sharing</source>
            <translation>Доступ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="76" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation>Тем временем эта компания была удалена; ваши изменения не сохранены.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="81" />
            <source>Logo: choose an image file or remove the logo</source>
            <translation>Логотип: выберите файл изображения или удалите логотип</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="188" />
            <source>value</source>
            <translation>значение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="214" />
            <source>Remove this condition</source>
            <translation>Удалить это условие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="215" />
            <source>Remove condition</source>
            <translation>Удалить условие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="269" />
            <source>(removed field)</source>
            <translation>(удалённое поле)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="296" />
            <source>“{field} {test}” needs a value.</source>
            <translation>Для условия «{field} {test}» нужно значение.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="316" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="317" />
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
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="200" />
            <source>1 conflict to review</source>
            <translation>1 конфликт требует проверки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="201" />
            <source>{count} conflicts to review</source>
            <translation>Конфликтов для проверки: {count}</translation>
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="48" />
            <source>Related People</source>
            <translation>Связанные люди</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="51" />
            <source>Personal</source>
            <translation>Личное</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="58" />
            <source>agent (assistant)</source>
            <translation>представитель (помощник)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="64" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="67" />
            <source>Pronounced</source>
            <translation>Произношение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="69" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="71" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="85" />
            <source>Give the person a name, a company or an email address.</source>
            <translation>Укажите имя человека, компанию или адрес эл. почты.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="88" />
            <source>&amp;Prefix</source>
            <translation>&amp;Обращение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="89" />
            <source>&amp;Given name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="90" />
            <source>&amp;Middle name</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="91" />
            <source>&amp;Family name</source>
            <translation>&amp;Фамилия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="92" />
            <source>Suffi&amp;x</source>
            <translation>Су&amp;ффикс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="93" />
            <source>Nic&amp;kname</source>
            <translation>Про&amp;звище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>&amp;Display as</source>
            <translation>&amp;Показывать как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="99" />
            <source>Leave empty to show the name built from its parts</source>
            <translation>Оставьте пустым, чтобы показывать имя, составленное из частей</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="100" />
            <source>Built from the name</source>
            <translation>Составляется из имени</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="107" />
            <source>Work</source>
            <translation>Работа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="109" />
            <source>&amp;Title</source>
            <translation>&amp;Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="110" />
            <source>Depa&amp;rtment</source>
            <translation>&amp;Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="111" />
            <source>C&amp;ompany</source>
            <translation>&amp;Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="114" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="114" />
            <source>Add email address</source>
            <translation>Добавить адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>Add phone number</source>
            <translation>Добавить номер телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>Add address</source>
            <translation>Добавить адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>Add web address</source>
            <translation>Добавить веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>Messaging and social</source>
            <translation>Мессенджеры и соцсети</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>Add account</source>
            <translation>Добавить аккаунт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="120" />
            <source>Personal</source>
            <translation>Личное</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="121" />
            <source>&amp;Birthday</source>
            <translation>&amp;День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="121" />
            <source>&amp;Anniversary</source>
            <translation>&amp;Годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="123" />
            <source>Other dates</source>
            <translation>Другие даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="123" />
            <source>Add date</source>
            <translation>Добавить дату</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="124" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="125" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="126" />
            <source>Sharing</source>
            <translation>Доступ</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="131" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation>Тем временем этот контакт был удалён; ваши изменения не сохранены.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="74" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="75" />
            <source>&amp;New Contact</source>
            <translation>&amp;Новый контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="76" />
            <source>1 contact</source>
            <translation>1 контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="77" />
            <source>{count} contacts</source>
            <translation>контакты ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="78" />
            <source>Contacts: {count}</source>
            <translation>Контактов: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="79" />
            <source>No contacts yet</source>
            <translation>Контактов пока нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="80" />
            <source>The people you work with will be listed here: add them one by one, or import the vCard or CSV file another address book (Outlook, Google, a phone) exports.</source>
            <translation>Здесь будут люди, с которыми вы работаете: добавляйте их по одному или импортируйте файл vCard или CSV, выгруженный из другой адресной книги (Outlook, Google, телефона).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="85" />
            <source>No contacts match the filter</source>
            <translation>Нет контактов, подходящих под фильтр</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Select a contact to see their card.</source>
            <translation>Выберите контакт, чтобы открыть его карточку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>&amp;Contact</source>
            <translation>&amp;Контакт</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="26" />
            <source>Cardfile ran into a problem</source>
            <translation>В Cardfile возникла ошибка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="35" />
            <source>Something unexpected went wrong while: {action}.

What you were changing was either saved whole or not at all: the database is never left half-written. You can go on working; if it happens again, please send the details to whoever looks after Cardfile for you.</source>
            <translation>Произошла непредвиденная ошибка; в это время выполнялось: {action}.

То, что вы меняли, сохранено либо целиком, либо не сохранено совсем: база данных никогда не остаётся записанной наполовину. Можно продолжать работу; если ошибка повторится, отправьте подробности тому, кто обслуживает у вас Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="47" />
            <source>The details are in the log file {path}</source>
            <translation>Подробности записаны в журнал {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="49" />
            <source>The details could not be written to a log file; copy them from here.</source>
            <translation>Подробности не удалось записать в журнал; скопируйте их отсюда.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="57" />
            <source>Copy details</source>
            <translation>Копировать подробности</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="61" />
            <source>Open Log Folder</source>
            <translation>Открыть папку журналов</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="80" />
            <source>Cardfile ran into %n problem(s)</source>
            <translation>
                <numerusform>В Cardfile возникла %n ошибка</numerusform>
                <numerusform>В Cardfile возникли %n ошибки</numerusform>
                <numerusform>В Cardfile возникло %n ошибок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="84" />
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
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Prefix (Dr., Ms.)</source>
            <translation>Обращение (д-р, г-жа)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Suffix (Jr., PhD)</source>
            <translation>Суффикс (мл., PhD)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Given name (phonetic)</source>
            <translation>Имя (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Middle name (phonetic)</source>
            <translation>Отчество (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Family name (phonetic)</source>
            <translation>Фамилия (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>Photo (web link)</source>
            <translation>Фото (веб-ссылка)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="110" />
            <source>vCard UID</source>
            <translation>UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Web address</source>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Messaging</source>
            <translation>Мессенджер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Other date</source>
            <translation>Другая дата</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="121" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>label</source>
            <translation>метка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>service</source>
            <translation>сервис</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>street</source>
            <translation>улица</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>city</source>
            <translation>город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>postal code</source>
            <translation>почтовый индекс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>country</source>
            <translation>страна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>PO box</source>
            <translation>абонентский ящик</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>extended address</source>
            <translation>доп. адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="136" />
            <source>whole address</source>
            <translation>адрес целиком</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="157" />
            <source>Add to notes with the column name</source>
            <translation>Добавить в заметки с названием столбца</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="159" />
            <source>Do not import</source>
            <translation>Не импортировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="166" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation>«{target}» (это поле неизвестно этой версии Cardfile)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="171" />
            <source>{field} {number}</source>
            <translation>{field} {number}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="171" />
            <source>{field} ({number})</source>
            <translation>{field} ({number})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="175" />
            <source>{field} ({label})</source>
            <translation>{field} ({label})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="179" />
            <source>{field}: {part}</source>
            <translation>{field}: {part}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="203" />
            <source>Each non-empty cell is added to the contact's notes as “Column: value”.</source>
            <translation>Каждая непустая ячейка добавляется в заметки контакта как «Столбец: значение».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="313" />
            <source>(empty in the first rows)</source>
            <translation>(пусто в первых строках)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>commas</source>
            <translation>запятыми</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>semicolons</source>
            <translation>точками с запятой</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>tabs</source>
            <translation>табуляцией</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>vertical bars</source>
            <translation>вертикальными чертами</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="335" />
            <source>a Google Contacts export</source>
            <translation>экспорт из Google Контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="336" />
            <source>an Outlook export</source>
            <translation>экспорт из Outlook</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="337" />
            <source>a Cardfile export</source>
            <translation>экспорт из Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="344" />
            <source>{file}: {encoding}, separated by {delimiter}, {count} columns.</source>
            <translation>{file}: {encoding}, значения разделены {delimiter}, столбцов: {count}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="352" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation>Файл распознан как {program}: столбцы уже сопоставлены.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="374" />
            <source>Map columns</source>
            <translation>Сопоставление столбцов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="376" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation>Выберите поле контакта, которое заполняет каждый столбец. Примеры значений взяты из первых строк файла.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="387" />
            <source>S&amp;tart from:</source>
            <translation>&amp;Начать с:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="389" />
            <source>&amp;Save Mapping…</source>
            <translation>&amp;Сохранить сопоставление…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="392" />
            <source>&amp;Delete Saved Mapping</source>
            <translation>&amp;Удалить сохранённое сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="436" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation>Предложено по значениям в этом столбце: измените, если неверно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="449" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="449" />
            <source>Sample values</source>
            <translation>Примеры значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="449" />
            <source>Import as</source>
            <translation>Импортировать как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="458" />
            <source>(column {number}, no header)</source>
            <translation>(столбец {number}, без заголовка)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Import column {column} as</source>
            <translation>Импортировать столбец {column} как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="485" />
            <source>Suggested for this file</source>
            <translation>Предложено для этого файла</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="485" />
            <source>Suggested for these files</source>
            <translation>Предложено для этих файлов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="559" />
            <source>Save Mapping</source>
            <translation>Сохранить сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="559" />
            <source>Save this column mapping as:</source>
            <translation>Сохранить это сопоставление столбцов как:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="567" />
            <source>Replace Mapping</source>
            <translation>Заменить сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="568" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation>Сопоставление «{name}» уже есть. Заменить его?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="584" />
            <source>Delete Mapping</source>
            <translation>Удалить сопоставление</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="584" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation>Удалить сохранённое сопоставление «{name}»?</translation>
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1001" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1002" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1057" />
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
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="304" />
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="319" />
            <source>Remove Field</source>
            <translation>Удалить поле</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="305" />
            <source>Remove the field “{name}” from {records}? Its values stay in the records and come back if you undo this.</source>
            <translation>Удалить поле «{name}» у записей типа «{records}»? Его значения останутся в записях и вернутся, если отменить это действие.</translation>
        </message>
    </context>
    <context>
        <name>DesktopSession</name>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="97" />
            <source>{name} is open in another Cardfile window.</source>
            <translation>База {name} уже открыта в другом окне Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="147" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
    </context>
    <context>
        <name>EntryLabel</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="27" />
            <source>work</source>
            <translation>рабочий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="28" />
            <source>home</source>
            <translation>домашний</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="29" />
            <source>mobile</source>
            <translation>мобильный</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="30" />
            <source>fax</source>
            <translation>факс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="31" />
            <source>other</source>
            <translation>другой</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="365" />
            <source>Preferred: use this one first</source>
            <translation>Основной: использовать в первую очередь</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="370" />
            <source>Move up (Alt+Up)</source>
            <translation>Вверх (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="374" />
            <source>Move down (Alt+Down)</source>
            <translation>Вниз (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="378" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="460" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="461" />
            <source>Phone number</source>
            <translation>Номер телефона</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="462" />
            <source>www.example.com</source>
            <translation>www.example.com</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="463" />
            <source>User name or number</source>
            <translation>Имя пользователя или номер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="478" />
            <source>Network or messenger</source>
            <translation>Сеть или мессенджер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="481" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="247" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation>Файл {path} записан более новой версией Cardfile (схема {found}); эта версия понимает схему {supported} и не будет его изменять. Чтобы открыть файл, установите более новую версию Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="252" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation>Файл {path} повреждён или не является базой Cardfile ({detail}). Он не изменён.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="253" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation>Файл {path} — база SQLite другой программы, а не база Cardfile. Он не изменён.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="256" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation>Файл {path} заблокирован другой программой или другим окном Cardfile; повторите попытку, когда работа с ним закончится. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="261" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation>Не удалось открыть {path}: {detail}. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="262" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation>Файл {path} можно читать, но нельзя изменять ({detail}). Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="263" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation>Проверка обнаружила повреждение файла {path} ({checked_at}: {problem}); Cardfile показывает его, но не изменяет. Восстановите резервную копию (cardfile db restore FILE) или исправьте базу (cardfile db repair). Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="268" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation>Диск, на котором находится {path}, заполнен; последнее изменение не сохранено. Освободите место и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="271" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation>Не удалось создать резервную копию {path} в {target}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="272" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation>Сегодняшняя автоматическая резервная копия {path} не создана ({detail}); больше ничего не затронуто, Cardfile повторит попытку в течение часа.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="277" />
            <source>There is nothing to undo</source>
            <translation>Нечего отменять</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="278" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation>Только {owner} может менять владельца этой записи ({record_type}) и её признак «личная»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="279" />
            <source>No {record_type} with id {record_id}</source>
            <translation>Нет записи ({record_type}) с идентификатором {record_id}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="280" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="281" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation>Сервер синхронизации ещё не выбран: укажите его в меню «Синхронизация ▸ Настройки синхронизации».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="282" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation>Нет связи с сервером синхронизации {server}: {detail}. Ваши изменения сохранены и будут синхронизированы позже.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>The sync server {server} refused: {detail}</source>
            <translation>Сервер синхронизации {server} отказал: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="286" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation>Синхронизация с {server} невозможна: {detail}. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation>Войдите на {server} как {user}: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation>Синхронизация остановлена. Всё, что сервер успел подтвердить, сохранено; остальное будет отправлено при следующей синхронизации.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="291" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation>Ни в одном столбце нет имён людей, а в столбце {column!r} — их компания: каждый человек отображался бы под названием компании. Сопоставьте столбец с именами с полем имени или импортируйте как есть.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="296" />
            <source>No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. Choose the field of the column that holds them.</source>
            <translation>Ни один столбец не сопоставлен с именем, компанией или адресом эл. почты, поэтому контакты нельзя будет отличить друг от друга. Выберите поле для столбца, в котором они записаны.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="301" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation>На этом компьютере нет хранилища паролей, поэтому вход для синхронизации нельзя запомнить: Cardfile будет спрашивать пароль после каждого запуска.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>{detail}: {file}</source>
            <translation>{detail}: {file}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="329" />
            <source>Cardfile ran into an error of its own; the error report tells what happened.</source>
            <translation>В Cardfile произошла внутренняя ошибка; подробности — в отчёте об ошибке.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="339" />
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n новый контакт</numerusform>
                <numerusform>%n новых контакта</numerusform>
                <numerusform>%n новых контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="341" />
            <source>%n new company(ies)</source>
            <translation>
                <numerusform>%n новая компания</numerusform>
                <numerusform>%n новые компании</numerusform>
                <numerusform>%n новых компаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="343" />
            <source>%n changed record(s)</source>
            <translation>
                <numerusform>%n изменённая запись</numerusform>
                <numerusform>%n изменённые записи</numerusform>
                <numerusform>%n изменённых записей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="344" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation>Импорт остановился на полпути. {cause} То, что он успел записать, осталось в базе: {kept}. Когда проблема будет решена, команда «Правка ▸ Отменить» уберёт всё это за один шаг.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="61" />
            <source>Export Contacts</source>
            <translation>Экспорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="71" />
            <source>All contacts and companies</source>
            <translation>Все контакты и компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="72" />
            <source>The selected records ({count})</source>
            <translation>Выбранные записи ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="73" />
            <source>A group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="74" />
            <source>A saved lookup</source>
            <translation>Сохранённая выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="78" />
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="87" />
            <source>vCard 3.0 (most compatible)</source>
            <translation>vCard 3.0 (наиболее совместимый)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="88" />
            <source>vCard 4.0</source>
            <translation>vCard 4.0</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>CSV (spreadsheet)</source>
            <translation>CSV (электронная таблица)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="91" />
            <source>One file</source>
            <translation>Один файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="94" />
            <source>One file per contact, in a folder</source>
            <translation>По файлу на контакт, в папку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="98" />
            <source>Where to write</source>
            <translation>Куда записать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="101" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>Export:</source>
            <translation>Экспортировать:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="109" />
            <source>Group:</source>
            <translation>Группа:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="110" />
            <source>Lookup:</source>
            <translation>Выборка:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="112" />
            <source>Write:</source>
            <translation>Записать:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="114" />
            <source>Destination:</source>
            <translation>Назначение:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="124" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="177" />
            <source>Export into Folder</source>
            <translation>Экспорт в папку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="181" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="181" />
            <source>vCard files (*.vcf)</source>
            <translation>Файлы vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="182" />
            <source>Export to File</source>
            <translation>Экспорт в файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="213" />
            <source>{done} of {total} exported</source>
            <translation>Экспортировано {done} из {total}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="230" />
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="233" />
            <source>Exporting contacts</source>
            <translation>Экспорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="249" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation>Экспорт отменён; после него ничего не осталось.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Exported {count} record(s) to {target}.</source>
            <translation>Экспортировано записей: {count}, в {target}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="256" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="267" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="112" />
            <source>Prefix</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="113" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="114" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="115" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="116" />
            <source>Suffix</source>
            <translation>Суффикс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Nickname</source>
            <translation>Прозвище</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Given name (phonetic)</source>
            <translation>Имя (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Middle name (phonetic)</source>
            <translation>Отчество (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Family name (phonetic)</source>
            <translation>Фамилия (произношение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Parent company</source>
            <translation>Головная компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="134" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="135" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="136" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="137" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="138" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="139" />
            <source>Messaging</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="140" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="141" />
            <source>Custom fields</source>
            <translation>Пользовательские поля</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="142" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="143" />
            <source>Private</source>
            <translation>Личная</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="144" />
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="145" />
            <source>vCard UID</source>
            <translation>UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="146" />
            <source>Other vCard properties</source>
            <translation>Другие свойства vCard</translation>
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
            <location filename="../../src/cardfile/ui/records/list_page.py" line="206" />
            <source>Any tag</source>
            <translation>Любой тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="207" />
            <source>Any group</source>
            <translation>Любая группа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="208" />
            <source>No lookup</source>
            <translation>Без выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="214" />
            <source>&amp;Tag:</source>
            <translation>&amp;Тег:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="215" />
            <source>&amp;Group:</source>
            <translation>&amp;Группа:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="216" />
            <source>&amp;Lookup:</source>
            <translation>&amp;Выборка:</translation>
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
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="178" />
            <source>Cardfile User Guide</source>
            <translation>Руководство пользователя Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="188" />
            <source>The user guide is missing from this installation of Cardfile.</source>
            <translation>В этой установке Cardfile нет руководства пользователя.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="74" />
            <source>Import as new</source>
            <translation>Импортировать как новый</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="74" />
            <source>Update existing</source>
            <translation>Обновить существующий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="74" />
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="79" />
            <source>same vCard UID</source>
            <translation>тот же UID vCard</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="80" />
            <source>same email</source>
            <translation>тот же адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="81" />
            <source>same phone</source>
            <translation>тот же телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="82" />
            <source>same name and company</source>
            <translation>те же имя и компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Duplicate of</source>
            <translation>Дубликат записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="162" />
            <source>Line {line} of {file}: {reason}</source>
            <translation>Строка {line} файла {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="171" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="174" />
            <source>Line {line}: {reason}</source>
            <translation>Строка {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="181" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="184" />
            <source>Cannot import</source>
            <translation>Невозможно импортировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="271" />
            <source>Add the files to import with Add Files… or Add Folder…, or drop them here.</source>
            <translation>Добавьте файлы для импорта кнопками «Добавить файлы…» или «Добавить папку…» или перетащите их сюда.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="282" />
            <source>Choose files to import</source>
            <translation>Выберите файлы для импорта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="283" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, or CSV files.</source>
            <translation>Файлы vCard (.vcf, .vcard) из телефонов, Outlook, Gmail или «Контактов» Apple, а также файлы CSV.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="288" />
            <source>Add Files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="290" />
            <source>Add Folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="292" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="314" />
            <source>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what each column holds next.</source>
            <translation>Outlook: Файл ▸ Открыть и экспортировать ▸ Импорт и экспорт ▸ Экспорт в файл ▸ Значения, разделённые запятыми. Google Контакты: Экспортировать ▸ Google CSV. Подойдёт и CSV-файл любой другой программы: на следующем шаге вы выберете, что содержит каждый столбец.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="333" />
            <source>Contact files ({patterns})</source>
            <translation>Файлы контактов ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="334" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="335" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="339" />
            <source>Import Files</source>
            <translation>Импорт файлов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="344" />
            <source>Import a Folder</source>
            <translation>Импорт папки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="371" />
            <source>Check the cards</source>
            <translation>Проверка карточек</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="373" />
            <source>Choose what happens to each card that duplicates a contact already here.</source>
            <translation>Выберите, что делать с каждой карточкой, которая дублирует уже имеющийся контакт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="401" />
            <source>Other duplicates:</source>
            <translation>Другие дубликаты:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="427" />
            <source>%Ln card</source>
            <translation>
                <numerusform>%Ln карточка</numerusform>
                <numerusform>%Ln карточки</numerusform>
                <numerusform>%Ln карточек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="427" />
            <source>%Ln cards</source>
            <translation>
                <numerusform>%Ln карточка</numerusform>
                <numerusform>%Ln карточки</numerusform>
                <numerusform>%Ln карточек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="428" />
            <source>from %Ln file</source>
            <translation>
                <numerusform>из %Ln файла</numerusform>
                <numerusform>из %Ln файлов</numerusform>
                <numerusform>из %Ln файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="428" />
            <source>from %Ln files</source>
            <translation>
                <numerusform>из %Ln файла</numerusform>
                <numerusform>из %Ln файлов</numerusform>
                <numerusform>из %Ln файлов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="430" />
            <source>{cards} {files}</source>
            <translation>{cards} {files}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="432" />
            <source>The first {cards} {files}</source>
            <translation>Первые {cards} {files}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="433" />
            <source>%Ln duplicate</source>
            <translation>
                <numerusform>%Ln дубликат</numerusform>
                <numerusform>%Ln дубликата</numerusform>
                <numerusform>%Ln дубликатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="433" />
            <source>%Ln duplicates</source>
            <translation>
                <numerusform>%Ln дубликат</numerusform>
                <numerusform>%Ln дубликата</numerusform>
                <numerusform>%Ln дубликатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="434" />
            <source>%Ln not importable</source>
            <translation>
                <numerusform>не импортируется: %Ln</numerusform>
                <numerusform>не импортируется: %Ln</numerusform>
                <numerusform>не импортируется: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="435" />
            <source>{what}: {found}.</source>
            <translation>{what}: {found}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="437" />
            <source>Cards after these are imported too; their duplicates follow the choice below.</source>
            <translation>Карточки после этих тоже импортируются; с их дубликатами поступят так, как выбрано ниже.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="466" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="467" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation>Отмена уберёт всё, что записал этот импорт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="468" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="481" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="502" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="529" />
            <source>Import finished</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="503" />
            <source>What was imported, and each card that was not, with why.</source>
            <translation>Что импортировано, а также каждая карточка, которая не была импортирована, и причина.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="507" />
            <source>Cards that were not imported or were skipped, and why:</source>
            <translation>Карточки, которые не были импортированы или были пропущены, и причины:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>Card</source>
            <translation>Карточка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="526" />
            <source>Import cancelled</source>
            <translation>Импорт отменён</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="527" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation>Импорт отменён. Ничего не импортировано и ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation>Импортировано как новые: {imported}, обновлено: {updated}, пропущено: {skipped}, не импортировано: {rejected}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="535" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation>Команда «Правка ▸ Отменить» отменяет весь импорт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="537" />
            <source>Not imported</source>
            <translation>Не импортирована</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="538" />
            <source>Skipped</source>
            <translation>Пропущена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="580" />
            <source>Import Contacts</source>
            <translation>Импорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="601" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="669" />
            <source>{cards} cards read: {imported} new, {updated} updated</source>
            <translation>Прочитано карточек: {cards}; новых: {imported}, обновлено: {updated}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="684" />
            <source>Importing contacts</source>
            <translation>Импорт контактов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="694" />
            <source>Cancelling: taking back what was imported…</source>
            <translation>Отмена: убираем то, что было импортировано…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="711" />
            <source>Import failed</source>
            <translation>Импорт не удался</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="713" />
            <source>Nothing was imported.</source>
            <translation>Ничего не импортировано.</translation>
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="146" />
            <source>Label: choose one or type your own</source>
            <translation>Метка: выберите из списка или введите свою</translation>
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="440" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="441" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="442" />
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="443" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="444" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="445" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="446" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="447" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="448" />
            <source>People</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="449" />
            <source>File as</source>
            <translation>Сортировать как</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="450" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="451" />
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
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="88" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="89" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="90" />
            <source>Postal code</source>
            <translation>Почтовый индекс</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="91" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="92" />
            <source>Web address</source>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="93" />
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="94" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="95" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="96" />
            <source>Last edited</source>
            <translation>Последнее изменение</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="97" />
            <source>Last activity</source>
            <translation>Последнее дело</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="106" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="126" />
            <source>is before</source>
            <translation>раньше</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="107" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="127" />
            <source>is after</source>
            <translation>позже</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="108" />
            <source>is on</source>
            <translation>равно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="109" />
            <source>is not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="110" />
            <source>is set</source>
            <translation>задано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="115" />
            <source>— has no tags</source>
            <translation>— без тегов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="115" />
            <source>— has any tag</source>
            <translation>— с любым тегом</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="119" />
            <source>contains</source>
            <translation>содержит</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="120" />
            <source>starts with</source>
            <translation>начинается с</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="121" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="122" />
            <source>is</source>
            <translation>равно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="123" />
            <source>is not</source>
            <translation>не равно</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="124" />
            <source>is empty</source>
            <translation>пусто</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="125" />
            <source>is not empty</source>
            <translation>не пусто</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="128" />
            <source>is before, or none</source>
            <translation>раньше или не задано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="540" />
            <source>1 company matches.</source>
            <translation>Найдена 1 компания.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="541" />
            <source>{count} companies match.</source>
            <translation>Найдено компаний: {count}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="543" />
            <source>1 contact matches.</source>
            <translation>Найден 1 контакт.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="544" />
            <source>{count} contacts match.</source>
            <translation>Найдено контактов: {count}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="622" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="622" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="631" />
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="631" />
            <source> or </source>
            <translation> или </translation>
        </message>
    </context>
    <context>
        <name>LookupBanner</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="739" />
            <source>Edit Lookup…</source>
            <translation>Изменить выборку…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="741" />
            <source>Show All</source>
            <translation>Показать все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="754" />
            <source>Lookup “{title}”: {what}</source>
            <translation>Выборка «{title}»: {what}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="761" />
            <source>{title}: {records}</source>
            <translation>{title}: {records}</translation>
        </message>
    </context>
    <context>
        <name>LookupBuilder</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="347" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="564" />
            <source>Edit Lookup</source>
            <translation>Изменение выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="347" />
            <source>New Lookup</source>
            <translation>Новая выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <source>Give it a name to save it as a group</source>
            <translation>Дайте ей название, чтобы сохранить её как группу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="360" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="361" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="364" />
            <source>all of these conditions</source>
            <translation>всем этим условиям</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="365" />
            <source>any of these conditions</source>
            <translation>любому из этих условий</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="367" />
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="369" />
            <source>that match</source>
            <translation>соответствующие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="373" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="386" />
            <source>&amp;Add Condition</source>
            <translation>&amp;Добавить условие</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="398" />
            <source>&amp;Run</source>
            <translation>&amp;Выполнить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="402" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="565" />
            <source>&amp;Save Changes</source>
            <translation>&amp;Сохранить изменения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="402" />
            <source>&amp;Save as Group</source>
            <translation>&amp;Сохранить как группу</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="511" />
            <source>Looking up…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="518" />
            <source>Looking up</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="529" />
            <source>Lookup</source>
            <translation>Выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="553" />
            <source>Give the lookup a name to save it.</source>
            <translation>Дайте выборке название, чтобы сохранить её.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="566" />
            <source>Saved as “{name}”.</source>
            <translation>Сохранено как «{name}».</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="144" />
            <source>{database} — Cardfile</source>
            <translation>{database} — Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="197" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="198" />
            <source>Calls, meetings and to-dos with the people you work with will be scheduled and cleared here.</source>
            <translation>Здесь будут планироваться и завершаться звонки, встречи и задачи с людьми, с которыми вы работаете.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="201" />
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="202" />
            <source>Your scheduled activities by day, week and month will be shown here.</source>
            <translation>Здесь будут показаны ваши запланированные дела по дням, неделям и месяцам.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="205" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="206" />
            <source>Your sales opportunities, stage by stage through the pipeline, will be followed here.</source>
            <translation>Здесь можно будет следить за вашими сделками — этап за этапом по воронке продаж.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="209" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="210" />
            <source>A summary of today's activities, open deals and recent changes will be shown here.</source>
            <translation>Здесь будет сводка: дела на сегодня, открытые сделки и последние изменения.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="214" />
            <source>{purpose}
This page is coming in a later version of Cardfile.</source>
            <translation>{purpose}
Эта страница появится в одной из следующих версий Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="239" />
            <source>&amp;New Database…</source>
            <translation>&amp;Новая база данных…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="242" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="244" />
            <source>&amp;Back Up…</source>
            <translation>&amp;Резервная копия…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="245" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="246" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="247" />
            <source>Import a vCard File…</source>
            <translation>Импорт файла vCard…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="249" />
            <source>Import from Outlook, Google or a CSV File…</source>
            <translation>Импорт из Outlook, Google или файла CSV…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="254" />
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="257" />
            <source>&amp;Custom Fields…</source>
            <translation>&amp;Пользовательские поля…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="258" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="260" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="261" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="262" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="263" />
            <source>Restore from &amp;Trash…</source>
            <translation>Восстановить из &amp;корзины…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="265" />
            <source>&amp;New Lookup…</source>
            <translation>&amp;Новая выборка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="267" />
            <source>&amp;Edit This Lookup…</source>
            <translation>&amp;Изменить эту выборку…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="268" />
            <source>Show &amp;All Records</source>
            <translation>Показать &amp;все записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="269" />
            <source>&amp;Saved Lookups…</source>
            <translation>&amp;Сохранённые выборки…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="270" />
            <source>Sync &amp;Now</source>
            <translation>Синхронизировать &amp;сейчас</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="272" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation>Отправить ваши изменения на сервер синхронизации и получить изменения остальных (F9)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="275" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1088" />
            <source>&amp;Conflicts…</source>
            <translation>&amp;Конфликты…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="276" />
            <source>Sync &amp;Settings…</source>
            <translation>&amp;Настройки синхронизации…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="277" />
            <source>Show &amp;Navigation</source>
            <translation>Показывать &amp;навигацию</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="280" />
            <source>&amp;Print List…</source>
            <translation>&amp;Печать списка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="283" />
            <source>Print &amp;Card…</source>
            <translation>Печать &amp;карточки…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="284" />
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="285" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="286" />
            <source>&amp;Paste</source>
            <translation>Вст&amp;авить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="290" />
            <source>&amp;Schedule…</source>
            <translation>&amp;Запланировать…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="293" />
            <source>Scheduling calls and meetings comes with the Activities page</source>
            <translation>Планирование звонков и встреч появится вместе со страницей «Дела»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>Cardfile &amp;User Guide</source>
            <translation>&amp;Руководство пользователя Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="297" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>&amp;About Cardfile</source>
            <translation>&amp;О программе Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="301" />
            <source>About &amp;Qt</source>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="317" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="319" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="330" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="341" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="347" />
            <source>&amp;Contact</source>
            <translation>&amp;Контакт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="350" />
            <source>&amp;Lookup</source>
            <translation>&amp;Выборка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="353" />
            <source>&amp;Sync</source>
            <translation>&amp;Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="358" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="364" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="438" />
            <source>{path} (read-only)</source>
            <translation>{path} (только чтение)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="505" />
            <source>That record is no longer in the list.</source>
            <translation>Этой записи больше нет в списке.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="545" />
            <source>Nothing to undo.</source>
            <translation>Нечего отменять.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="548" />
            <source>Nothing to redo.</source>
            <translation>Нечего повторять.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="557" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="633" />
            <source>This page has no list to print.</source>
            <translation>На этой странице нет списка для печати.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="652" />
            <source>Select a record to print its card.</source>
            <translation>Выберите запись, чтобы напечатать её карточку.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="693" />
            <location filename="../../src/cardfile/ui/main_window.py" line="703" />
            <source>New Database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="695" />
            <source>Cardfile databases ({patterns})</source>
            <translation>Базы данных Cardfile ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="704" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation>Файл {path} уже существует. Чтобы открыть его, выберите «Файл ▸ Открыть базу данных».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="713" />
            <source>Open Database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="715" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation>Базы данных Cardfile ({patterns});;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="725" />
            <location filename="../../src/cardfile/ui/main_window.py" line="743" />
            <source>Back Up Database</source>
            <translation>Резервная копия базы данных</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="727" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation>Резервные копии Cardfile (*.cardfile-backup);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="738" />
            <source>Backing up</source>
            <translation>Создание резервной копии</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="741" />
            <source>Backed up to {path}</source>
            <translation>Резервная копия сохранена в {path}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="753" />
            <source>Making the daily backup</source>
            <translation>Создание ежедневной резервной копии</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="756" />
            <source>Daily Backup</source>
            <translation>Ежедневная резервная копия</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="762" />
            <source>Daily backup made ({name}).</source>
            <translation>Ежедневная резервная копия создана ({name}).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="792" />
            <source>Imported {imported} new and updated {updated} contact(s).</source>
            <translation>Импортировано новых контактов: {imported}, обновлено: {updated}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="813" />
            <source>Imported just now</source>
            <translation>Только что импортированные</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="831" />
            <source>Exported {count} record(s) to {target}</source>
            <translation>Экспортировано записей: {count}, в {target}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="850" />
            <source>No other databases opened lately</source>
            <translation>Недавно открытых баз данных нет</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="916" />
            <source>That lookup was deleted.</source>
            <translation>Эта выборка была удалена.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="956" />
            <source>Search “{query}”</source>
            <translation>Искать «{query}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1004" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation>Выборка «{name}» сохранена; она есть в меню «Выборка».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1088" />
            <source>&amp;Conflicts ({count})…</source>
            <translation>&amp;Конфликты ({count})…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1128" />
            <source>About Cardfile</source>
            <translation>О программе Cardfile</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1129" />
            <source>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;A local-first contact manager: your contacts, companies, activities and deals in one file on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;Локальный менеджер контактов: ваши контакты, компании, дела и сделки — в одном файле на вашем компьютере.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageLookupsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="644" />
            <source>Saved Lookups</source>
            <translation>Сохранённые выборки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="651" />
            <source>No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L).</source>
            <translation>Сохранённых выборок пока нет. Создайте выборку командой «Выборка ▸ Новая выборка» (Ctrl+L).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="653" />
            <source>&amp;Run</source>
            <translation>&amp;Выполнить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="654" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="655" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="711" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="719" />
            <source>Delete Lookup</source>
            <translation>Удалить выборку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="712" />
            <source>Delete the saved lookup “{name}”? The records it finds are not touched.</source>
            <translation>Удалить сохранённую выборку «{name}»? Записи, которые она находит, не затрагиваются.</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="177" />
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="182" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="187" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="190" />
            <source>Leave the year empty if you do not know it</source>
            <translation>Оставьте год пустым, если не знаете его</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="223" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation>Выберите день и месяц (год можно не указывать).</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="225" />
            <source>The year must be a number such as 1980.</source>
            <translation>Год должен быть числом, например 1980.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="229" />
            <source>There is no such date.</source>
            <translation>Такой даты не существует.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="394" />
            <source>Sign In to Sync</source>
            <translation>Вход для синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="396" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation>Введите пароль пользователя {user} на {server}. Cardfile обменяет его на вход для этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="412" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="415" />
            <source>&amp;Sign In</source>
            <translation>&amp;Войти</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="925" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation>Фото: выберите файл изображения или удалите фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="926" />
            <source>Picture</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="929" />
            <source>&amp;Choose Picture…</source>
            <translation>&amp;Выбрать фото…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="931" />
            <source>&amp;Remove Picture</source>
            <translation>&amp;Удалить фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="944" />
            <source>Choose a Picture</source>
            <translation>Выбор фото</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="944" />
            <source>Images ({patterns})</source>
            <translation>Изображения ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="953" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation>{file} — не изображение, которое Cardfile может прочитать.</translation>
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
            <location filename="../../src/cardfile/ui/printing.py" line="206" />
            <source>you</source>
            <translation>вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="207" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="209" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="252" />
            <source>Print Preview — {title}</source>
            <translation>Предварительный просмотр — {title}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../src/cardfile/app.py" line="237" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation>Компании «{name}» нет; сначала добавьте её или выберите из списка.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="82" />
            <source>Enter a number.</source>
            <translation>Введите число.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="84" />
            <location filename="../../src/cardfile/ui/records/form.py" line="93" />
            <location filename="../../src/cardfile/ui/records/form.py" line="94" />
            <location filename="../../src/cardfile/ui/records/form.py" line="95" />
            <source>There is no such date.</source>
            <translation>Такой даты не существует.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="86" />
            <source>Choose one of: {choices}.</source>
            <translation>Выберите одно из значений: {choices}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="88" />
            <source>Choose yes or no.</source>
            <translation>Выберите «да» или «нет».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="90" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation>Это не адрес эл. почты; он должен выглядеть как name@example.com.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="91" />
            <source>A phone number needs at least one digit.</source>
            <translation>В номере телефона должна быть хотя бы одна цифра.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="92" />
            <source>A web address cannot contain spaces.</source>
            <translation>В веб-адресе не может быть пробелов.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="96" />
            <source>A company needs a name.</source>
            <translation>У компании должно быть название.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="97" />
            <location filename="../../src/cardfile/ui/records/form.py" line="98" />
            <location filename="../../src/cardfile/ui/records/form.py" line="99" />
            <source>There is no such company.</source>
            <translation>Такой компании нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="174" />
            <source>Pri&amp;vate: only you see it</source>
            <translation>&amp;Личная: видите только вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="175" />
            <source>A private record syncs only between your own devices, with its activities, notes and deals; nobody else in the office sees it.</source>
            <translation>Личная запись синхронизируется только между вашими собственными устройствами — вместе с её делами, заметками и сделками; больше никто в офисе её не видит.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="458" />
            <source>Custom fields</source>
            <translation>Пользовательские поля</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="347" />
            <source>Choose another filter, or show them all.</source>
            <translation>Выберите другой фильтр или покажите все записи.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="410" />
            <source>&amp;List</source>
            <translation>&amp;Список</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="466" />
            <source>&amp;Edit</source>
            <translation>&amp;Изменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="467" />
            <source>&amp;Tag…</source>
            <translation>&amp;Тег…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="468" />
            <source>&amp;Remove Tag…</source>
            <translation>&amp;Снять тег…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="469" />
            <source>Add to &amp;Group…</source>
            <translation>Добавить в &amp;группу…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="471" />
            <source>Remove from Group</source>
            <translation>Убрать из группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="474" />
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="478" />
            <source>Show &amp;All</source>
            <translation>Показать &amp;все</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="479" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="480" />
            <source>&amp;Call</source>
            <translation>&amp;Позвонить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="481" />
            <source>Send E&amp;mail</source>
            <translation>Написать &amp;письмо</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="483" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="486" />
            <source>E&amp;xport Selected…</source>
            <translation>&amp;Экспорт выбранных…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="514" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation>Присвоить тег выбранным записям (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="515" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation>Снять тег с выбранных записей (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="516" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation>Добавить выбранные записи в группу (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="517" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation>Переместить выбранные записи в корзину (Delete)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="518" />
            <source>Call the selected record's first phone number</source>
            <translation>Позвонить по первому номеру телефона выбранной записи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="519" />
            <source>Write to the selected records from your mail program</source>
            <translation>Написать выбранным записям из почтовой программы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="520" />
            <source>Copy the selected rows as text (Ctrl+C in the list)</source>
            <translation>Скопировать выбранные строки как текст (Ctrl+C в списке)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="521" />
            <source>Export the selected records to a vCard or CSV file</source>
            <translation>Экспортировать выбранные записи в файл vCard или CSV</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="554" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="630" />
            <source>{count} (filtered)</source>
            <translation>{count} (с фильтром)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="633" />
            <source>{count} · {selected} selected</source>
            <translation>{count} · выбрано: {selected}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="730" />
            <source>{records} selected</source>
            <translation>Выбрано: {records}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="798" />
            <source>&amp;Columns</source>
            <translation>&amp;Столбцы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="808" />
            <source>&amp;Reset Columns</source>
            <translation>&amp;Сбросить столбцы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="871" />
            <source>{tag} ({count})</source>
            <translation>{tag} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="955" />
            <source>Unsaved Changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="956" />
            <source>The card has a mistake, marked in red, to correct before it can be saved. Save the changes?</source>
            <translation>В карточке есть ошибка, отмеченная красным: исправьте её, прежде чем сохранять. Сохранить изменения?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="958" />
            <source>Save the changes to this card?</source>
            <translation>Сохранить изменения в этой карточке?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1017" />
            <source>Copied the first {records} of {count}; export the rest.</source>
            <translation>Скопированы первые записи ({records} из {count}); остальные экспортируйте.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1020" />
            <source>Copied {records}.</source>
            <translation>Скопировано: {records}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1081" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1088" />
            <source>Move to Trash</source>
            <translation>Переместить в корзину</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1082" />
            <source>Move {records} to the Trash?</source>
            <translation>Переместить в корзину: {records}?</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1087" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation>Их можно восстановить из корзины или отменить это действие клавишами Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1102" />
            <source>Moving {records} to the Trash…</source>
            <translation>Перемещение в корзину: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1117" />
            <source>Remove Tag</source>
            <translation>Снять тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1117" />
            <source>Take this tag off {records}:</source>
            <translation>Снять тег — {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1119" />
            <source>Add Tag</source>
            <translation>Присвоить тег</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1119" />
            <source>Tag {records} with:</source>
            <translation>Присвоить тег — {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1131" />
            <source>Tagging {records}…</source>
            <translation>Присвоение тега: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1139" />
            <source>Add {records} to the group:</source>
            <translation>Добавить в группу — {records}:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1156" />
            <source>Adding {records} to a group…</source>
            <translation>Добавление в группу: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1164" />
            <source>Taking {records} out of a group…</source>
            <translation>Удаление из группы: {records}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1189" />
            <source>Cardfile</source>
            <translation>Cardfile</translation>
        </message>
    </context>
    <context>
        <name>RecordType</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="39" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="40" />
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="41" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="42" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="43" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="298" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="307" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation>Ничего не запланировано. Здесь будут звонки, встречи и задачи с этим контактом.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="312" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="362" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="314" />
            <source> · with {people}</source>
            <translation> · с участием: {people}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="325" />
            <source>No history yet.</source>
            <translation>Истории пока нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="329" />
            <source>… and {count} earlier entries</source>
            <translation>… и более ранние записи ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="339" />
            <source>{when} · {action}</source>
            <translation>{when} · {action}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="341" />
            <source>{when} · Note</source>
            <translation>{when} · Заметка</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="343" />
            <source>done</source>
            <translation>завершено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="343" />
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="344" />
            <source>{when} · {type} {status}</source>
            <translation>{when} · {type}: {status}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="345" />
            <source>{heading} · {user}</source>
            <translation>{heading} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="354" />
            <source>… and {count} more fields</source>
            <translation>… и другие поля ({count})</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="375" />
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="377" />
            <source>{field}: {old} ← {new}</source>
            <translation>{field}: {old} ← {new}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="377" />
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="383" />
            <source>you</source>
            <translation>вы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="384" />
            <source>someone</source>
            <translation>кто-то</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="395" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>Напишите заметку… (Ctrl+Enter добавит её)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="398" />
            <source>Add Note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="415" />
            <source>No notes yet.</source>
            <translation>Заметок пока нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="439" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="448" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="623" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="457" />
            <source>No deals yet.</source>
            <translation>Сделок пока нет.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="458" />
            <source>open</source>
            <translation>открыта</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="458" />
            <source>won</source>
            <translation>выиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="458" />
            <source>lost</source>
            <translation>проиграна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="463" />
            <source>closes {date}</source>
            <translation>закрытие {date}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="477" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation>Групп пока нет. Группа объединяет людей или компании, выбранных вручную.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="486" />
            <source>New Group…</source>
            <translation>Новая группа…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="503" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="514" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="625" />
            <source>Groups</source>
            <translation>Группы</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="506" />
            <source>New Group</source>
            <translation>Новая группа</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="506" />
            <source>Name of the new group:</source>
            <translation>Название новой группы:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="534" />
            <source>{when} · {user}</source>
            <translation>{when} · {user}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>{when} · edited {edited}</source>
            <translation>{when} · изменено {edited}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="538" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="538" />
            <source>Change this note</source>
            <translation>Изменить эту заметку</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="540" />
            <source>Move this note to the Trash (Ctrl+Z undoes)</source>
            <translation>Переместить эту заметку в корзину (Ctrl+Z отменяет)</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="541" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="568" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="570" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="621" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="622" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="624" />
            <source>Deals</source>
            <translation>Сделки</translation>
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
            <location filename="../../src/cardfile/ui/search.py" line="129" />
            <source>{field}: </source>
            <translation>{field}: </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="137" />
            <source>{names} and %Ln more</source>
            <translation>
                <numerusform>{names} и ещё %Ln</numerusform>
                <numerusform>{names} и ещё %Ln</numerusform>
                <numerusform>{names} и ещё %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="210" />
            <source>No matches for “{query}”</source>
            <translation>Ничего не найдено по запросу «{query}»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="468" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
            <translation>Поиск контактов, компаний, сделок… (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="65" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="77" />
            <source>Given name first — Anna Berg</source>
            <translation>Сначала имя — Анна Берг</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="78" />
            <source>Family name first — Berg Anna</source>
            <translation>Сначала фамилия — Берг Анна</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="80" />
            <source>Names</source>
            <translation>Имена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="81" />
            <source>Show &amp;names:</source>
            <translation>Порядок &amp;имён:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="82" />
            <source>Chinese, Japanese and Korean names are always written family name first.</source>
            <translation>Китайские, японские и корейские имена всегда пишутся начиная с фамилии.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="86" />
            <source>None — numbers need their + country code</source>
            <translation>Нет — номера нужно вводить с кодом страны через +</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="91" />
            <source>Phone numbers</source>
            <translation>Номера телефонов</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="92" />
            <source>Default &amp;country:</source>
            <translation>&amp;Страна по умолчанию:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="95" />
            <source>Phone numbers typed without a + are read as numbers of this country, so a search finds them whichever way they were written.</source>
            <translation>Номера телефонов, введённые без +, считаются номерами этой страны, поэтому поиск находит их, как бы они ни были записаны.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="106" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="106" />
            <source>Show &amp;dates as:</source>
            <translation>&amp;Формат дат:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="110" />
            <source>System default</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="116" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="117" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="120" />
            <source>Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. Cardfile speaks a newly chosen language after it is restarted.</source>
            <translation>Меню, сообщения, даты, время, числа и денежные суммы отображаются на выбранном здесь языке. Новый язык начнёт действовать после перезапуска Cardfile.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="126" />
            <source>S&amp;ync Settings…</source>
            <translation>Настройки &amp;синхронизации…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="130" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="131" />
            <source>The sync server, your sign-in and automatic sync have a page of their own.</source>
            <translation>Для сервера синхронизации, вашего входа и автоматической синхронизации есть отдельное окно.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="143" />
            <source>As the system shows them — {example}</source>
            <translation>Как в системе — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="144" />
            <source>ISO 8601 — {example}</source>
            <translation>ISO 8601 — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="145" />
            <source>Written out — {example}</source>
            <translation>Словами — {example}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="160" />
            <source>The language could not be saved: {problem}</source>
            <translation>Не удалось сохранить язык: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="168" />
            <source>Rewriting names</source>
            <translation>Перезапись имён</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="170" />
            <source>Rebuilding the search index</source>
            <translation>Перестройка поискового индекса</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="58" />
            <source>1 change waiting</source>
            <translation>1 изменение в очереди</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="59" />
            <source>{count} changes waiting</source>
            <translation>изменений в очереди: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="64" />
            <source>1 conflict</source>
            <translation>1 конфликт</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="65" />
            <source>{count} conflicts</source>
            <translation>конфликтов: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="71" />
            <source>Syncing…</source>
            <translation>Синхронизация…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>Sync: checking…</source>
            <translation>Синхронизация: проверка…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>Not set up</source>
            <translation>Не настроена</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="78" />
            <source>Offline — {waiting}</source>
            <translation>Нет связи — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="78" />
            <source>Offline</source>
            <translation>Нет связи</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="80" />
            <source>Not signed in — {waiting}</source>
            <translation>Вход не выполнен — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="80" />
            <source>Not signed in</source>
            <translation>Вход не выполнен</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="82" />
            <source>Sync failed — {waiting}</source>
            <translation>Сбой синхронизации — {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="82" />
            <source>Sync failed</source>
            <translation>Сбой синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="84" />
            <source>Not synced yet · {waiting}</source>
            <translation>Ещё не синхронизировано · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="84" />
            <source>Not synced yet</source>
            <translation>Ещё не синхронизировано</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="87" />
            <source>Synced {when} · {waiting}</source>
            <translation>Синхронизировано {when} · {waiting}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="88" />
            <source>Synced {when}</source>
            <translation>Синхронизировано {when}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="94" />
            <source>Reading the sync state…</source>
            <translation>Чтение состояния синхронизации…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation>Эта база данных не синхронизируется с сервером. Настроить синхронизацию можно в меню «Синхронизация ▸ Настройки синхронизации».</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="97" />
            <source>Syncs with {server} as {user}.</source>
            <translation>Синхронизируется с {server} как {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="99" />
            <source>Last synced {when}.</source>
            <translation>Последняя синхронизация: {when}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="101" />
            <source>Syncs by itself every {minutes} minutes.</source>
            <translation>Синхронизируется автоматически каждые {minutes} мин.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="103" />
            <source>{waiting} to be sent.</source>
            <translation>Ожидает отправки: {waiting}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="201" />
            <source>Sending changes: {count}</source>
            <translation>Отправка изменений: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="201" />
            <source>Receiving changes: {count}</source>
            <translation>Получение изменений: {count}</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="211" />
            <source>Syncing</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="224" />
            <source>Synced, but the server overruled {count} change(s): {reason}. The value it holds is back.</source>
            <translation>Синхронизировано, но сервер отклонил изменения ({count}): {reason}. Возвращено значение, которое хранится на сервере.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="230" />
            <source>Synced: sent {pushed}, received {pulled} changes; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation>Синхронизировано: отправлено изменений — {pushed}, получено — {pulled}; проверьте в меню «Синхронизация ▸ Конфликты»: {conflicts}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="236" />
            <source>Synced: sent {pushed}, received {pulled} changes.</source>
            <translation>Синхронизировано: отправлено изменений — {pushed}, получено — {pulled}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="281" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="300" />
            <source>Signing in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="304" />
            <source>Signing out</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="328" />
            <source>Using the other values</source>
            <translation>Применение других значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="328" />
            <source>Keeping values</source>
            <translation>Сохранение значений</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="358" />
            <source>Values sync could not merge: review them (Sync ▸ Conflicts)</source>
            <translation>Значения, которые синхронизация не смогла объединить: проверьте их («Синхронизация ▸ Конфликты»)</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="39" />
            <source>Off — only when I choose Sync Now</source>
            <translation>Выкл. — только по команде «Синхронизировать сейчас»</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="41" />
            <source>Every hour</source>
            <translation>Каждый час</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="43" />
            <source>Every {hours} hours</source>
            <translation>Каждые {hours} ч</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="44" />
            <source>Every {minutes} minutes</source>
            <translation>Каждые {minutes} мин</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="53" />
            <source>Sync Settings</source>
            <translation>Настройки синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="55" />
            <source>Sync keeps this database and your office's sync server in step: your changes go up, everyone else's come down. You can keep working while it runs.</source>
            <translation>Синхронизация поддерживает эту базу данных и сервер синхронизации вашего офиса в согласованном состоянии: ваши изменения отправляются на сервер, изменения остальных приходят к вам. Во время синхронизации можно продолжать работу.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="79" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="84" />
            <source>&amp;Sign In</source>
            <translation>&amp;Войти</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="87" />
            <source>Sign &amp;Out</source>
            <translation>&amp;Выйти</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="96" />
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="97" />
            <source>Ser&amp;ver:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="98" />
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="112" />
            <source>Automatic sync</source>
            <translation>Автоматическая синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="113" />
            <source>Sync &amp;automatically:</source>
            <translation>Синхронизировать &amp;автоматически:</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="114" />
            <source>Sync Now (F9, or in the Sync menu) syncs whenever you choose.</source>
            <translation>«Синхронизировать сейчас» (F9 или меню «Синхронизация») запускает синхронизацию в любой момент.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="116" />
            <source>Sync &amp;Now</source>
            <translation>Синхронизировать &amp;сейчас</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="148" />
            <source>Signed in as {user}.</source>
            <translation>Вход выполнен: {user}.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="150" />
            <source>Not signed in: type the password and sign in.</source>
            <translation>Вход не выполнен: введите пароль и войдите.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="152" />
            <source>Not set up: give the server and your user name, then sign in.</source>
            <translation>Не настроено: укажите сервер и имя пользователя, затем войдите.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="193" />
            <source>Signing in to {server}…</source>
            <translation>Вход на {server}…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="204" />
            <source>Signed in. Sync Now brings this database and the server together.</source>
            <translation>Вход выполнен. «Синхронизировать сейчас» приведёт эту базу данных и сервер в соответствие.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="206" />
            <source>Signed in for this session only: without a keyring Cardfile asks again after a restart.</source>
            <translation>Вход выполнен только на этот сеанс: без хранилища паролей Cardfile спросит пароль снова после перезапуска.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="212" />
            <source>Signed out. Changes made here wait until you sign in.</source>
            <translation>Выход выполнен. Изменения, сделанные здесь, подождут, пока вы не войдёте.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="221" />
            <location filename="../../src/cardfile/ui/sync/settings.py" line="225" />
            <source>Syncing…</source>
            <translation>Синхронизация…</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="231" />
            <source>Synced: sent {pushed} and received {pulled} changes.</source>
            <translation>Синхронизировано: отправлено изменений — {pushed}, получено — {pulled}.</translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="725" />
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
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="750" />
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
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase {count} records for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation>Стереть навсегда записи ({count})? Они и вся их история будут удалены из базы данных; это нельзя отменить.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="140" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="148" />
            <source>Erase for Good</source>
            <translation>Стереть навсегда</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="157" />
            <source>Erase all {count} records in the Trash for good? This cannot be undone.</source>
            <translation>Стереть навсегда все записи в корзине ({count})? Это нельзя отменить.</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="160" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="165" />
            <source>Empty Trash</source>
            <translation>Очистить корзину</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="178" />
            <source>1 record in the Trash</source>
            <translation>1 запись в корзине</translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="179" />
            <source>{count} records in the Trash</source>
            <translation>Записей в корзине: {count}</translation>
        </message>
    </context>
</TS>
