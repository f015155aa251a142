<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="149" />
            <source>Undo {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="150" />
            <source>Redo {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="155" />
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="156" />
            <source>Add contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="157" />
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="158" />
            <source>Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="159" />
            <source>Restore contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Tag contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>Delete contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="162" />
            <source>Tag companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="163" />
            <source>Delete companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="164" />
            <source>Add company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="165" />
            <source>Edit company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="166" />
            <source>Delete company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="167" />
            <source>Restore company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="168" />
            <source>Schedule activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="169" />
            <source>Edit activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Clear activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Delete activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Restore activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="174" />
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="175" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="176" />
            <source>Restore note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="177" />
            <source>Add deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="178" />
            <source>Edit deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="179" />
            <source>Move deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="180" />
            <source>Close deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="181" />
            <source>Reopen deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="182" />
            <source>Delete deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="183" />
            <source>Restore deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="184" />
            <source>Add group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="185" />
            <source>Rename group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="186" />
            <source>Add to group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="187" />
            <source>Remove from group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="188" />
            <source>Delete group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="189" />
            <source>Restore group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="190" />
            <source>Save lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="191" />
            <source>Edit lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="192" />
            <source>Delete lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="193" />
            <source>Add custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="194" />
            <source>Edit custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="195" />
            <source>Remove custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="196" />
            <source>Restore custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="197" />
            <source>Restore from Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="198" />
            <source>Erase record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="199" />
            <source>Empty Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="200" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="201" />
            <source>Repair database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="202" />
            <source>import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="236" />
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="237" />
            <source>Apartment, suite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="238" />
            <source>PO box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="239" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="240" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="241" />
            <source>State or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="242" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="80" />
            <source>{day} {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="101" />
            <location filename="../../src/cardfile/ui/records/card.py" line="312" />
            <location filename="../../src/cardfile/ui/records/card.py" line="337" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="101" />
            <location filename="../../src/cardfile/ui/records/card.py" line="312" />
            <location filename="../../src/cardfile/ui/records/card.py" line="337" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="223" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="224" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="225" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="227" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="229" />
            <source>Messaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="234" />
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="237" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="238" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="310" />
            <source>moved to the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="310" />
            <source>restored from the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="314" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="316" />
            <source>(a company since erased)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="320" />
            <source>(picture)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="326" />
            <source>(a removed field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="355" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="357" />
            <source>{label} ★</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="371" />
            <location filename="../../src/cardfile/ui/records/card.py" line="714" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="373" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="375" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="501" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="610" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="612" />
            <source>Edit this card (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="689" />
            <source>Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="741" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>&amp;New Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="88" />
            <source>1 company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="89" />
            <source>{count} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Companies: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>No companies yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="97" />
            <source>No companies match the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="98" />
            <source>Select a company to see its card.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="54" />
            <source>part of {parent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="56" />
            <source>website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="58" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="61" />
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="63" />
            <source>People ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="56" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="57" />
            <source>&amp;Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="58" />
            <source>&amp;Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="59" />
            <source>&amp;Part of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="59" />
            <source>The company this one belongs to, if any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="62" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="62" />
            <source>Add email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="63" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="63" />
            <source>Add phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="64" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="64" />
            <source>Add address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="65" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="65" />
            <source>Add web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="66" />
            <source>Messaging and social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="66" />
            <source>Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="67" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="67" />
            <source>Add date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="68" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="69" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="74" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="79" />
            <source>Logo: choose an image file or remove the logo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="188" />
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="214" />
            <source>Remove this condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="215" />
            <source>Remove condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="269" />
            <source>(removed field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="296" />
            <source>“{field} {test}” needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="316" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="317" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>in the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="56" />
            <source>not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="58" />
            <source>(picture)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="76" />
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="79" />
            <source>{kind}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="82" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="83" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="84" />
            <source>Current value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="85" />
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="87" />
            <source>Written by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="86" />
            <source>Other value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="93" />
            <source>{user} (you)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="107" />
            <source>Sync Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="108" />
            <source>These fields were changed on two computers before they synced. Each record shows the newer value; the other one is kept here, so nothing is lost. Keep the current value, or use the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="113" />
            <source>No conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="114" />
            <source>When two people change the same field before they sync, the newer value is used and the other waits here for you to review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="124" />
            <source>&amp;Open Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="126" />
            <source>&amp;Keep Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="129" />
            <source>The record keeps the value it has; the other one is set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="132" />
            <source>&amp;Use Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="135" />
            <source>The record takes the other value; it syncs to everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="200" />
            <source>1 conflict to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="201" />
            <source>{count} conflicts to review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="42" />
            <source>Personal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="50" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="53" />
            <source>Pronounced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="55" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="57" />
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="83" />
            <source>Give the person a name, a company or an email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="86" />
            <source>&amp;Prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="87" />
            <source>&amp;Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="88" />
            <source>&amp;Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="89" />
            <source>&amp;Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="90" />
            <source>Suffi&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="91" />
            <source>Nic&amp;kname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="96" />
            <source>&amp;Display as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="97" />
            <source>Leave empty to show the name built from its parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>Built from the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="105" />
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="107" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="108" />
            <source>Depa&amp;rtment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="109" />
            <source>C&amp;ompany</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="112" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="112" />
            <source>Add email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="113" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="113" />
            <source>Add phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="114" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="114" />
            <source>Add address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>Add web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>Messaging and social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>Personal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="119" />
            <source>&amp;Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="119" />
            <source>&amp;Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="121" />
            <source>Other dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="121" />
            <source>Add date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="122" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="123" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="128" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="71" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="72" />
            <source>&amp;New Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="73" />
            <source>1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="74" />
            <source>{count} contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="75" />
            <source>Contacts: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="76" />
            <source>No contacts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="77" />
            <source>The people you work with will be listed here: add them one by one, or import a vCard file exported from another address book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="82" />
            <source>No contacts match the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="83" />
            <source>Select a contact to see their card.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="26" />
            <source>Cardfile ran into a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="35" />
            <source>Something unexpected went wrong while: {action}.

What you were changing was either saved whole or not at all: the database is never left half-written. You can go on working; if it happens again, please send the details to whoever looks after Cardfile for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="47" />
            <source>The details are in the log file {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="49" />
            <source>The details could not be written to a log file; copy them from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="57" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="61" />
            <source>Open Log Folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="80" />
            <source>Cardfile ran into %n problem(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="84" />
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="69" />
            <source>starting Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="133" />
            <source>pressing {keys}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="141" />
            <source>choosing {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="148" />
            <source>clicking {button}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="154" />
            <source>{what} in “{window}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/crash_reporter.py" line="166" />
            <source>“{task}”, started after {action}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="91" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Prefix (Dr., Ms.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Suffix (Jr., PhD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Given name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Middle name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Family name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Photo (web link)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>vCard UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="115" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Messaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Other date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="126" />
            <source>label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>PO box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>extended address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>whole address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="156" />
            <source>Add to notes with the column name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="158" />
            <source>Do not import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="165" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="170" />
            <source>{field} {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="170" />
            <source>{field} ({number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="174" />
            <source>{field} ({label})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="178" />
            <source>{field}: {part}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="202" />
            <source>Each non-empty cell is added to the contact's notes as “Column: value”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="312" />
            <source>(empty in the first rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="318" />
            <source>vertical bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="334" />
            <source>a Google Contacts export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="335" />
            <source>an Outlook export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="336" />
            <source>a Cardfile export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="343" />
            <source>{file}: {encoding}, separated by {delimiter}, {count} columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="351" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="373" />
            <source>Map columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="375" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="386" />
            <source>S&amp;tart from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="388" />
            <source>&amp;Save Mapping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="391" />
            <source>&amp;Delete Saved Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="433" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="446" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="446" />
            <source>Sample values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="446" />
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="455" />
            <source>(column {number}, no header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="463" />
            <source>Import column {column} as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="482" />
            <source>Suggested for this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="482" />
            <source>Suggested for these files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="555" />
            <source>Save Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="555" />
            <source>Save this column mapping as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="563" />
            <source>Replace Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="564" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="580" />
            <source>Delete Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="580" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="890" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="891" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="945" />
            <source>Enter a number, such as {example}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="50" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="51" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="52" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="53" />
            <source>Choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="54" />
            <source>Yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="61" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="62" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="63" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="64" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Used for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="118" />
            <source>Choices</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="208" />
            <source>Custom Fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="224" />
            <source>Fields of your own appear on the cards, in the lists and in lookups. Removing a field hides it; the values stay in the records and come back with Undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="230" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="232" />
            <source>Re&amp;name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="234" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="304" />
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="319" />
            <source>Remove Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="305" />
            <source>Remove the field “{name}” from {records}? Its values stay in the records and come back if you undo this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopSession</name>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="97" />
            <source>{name} is open in another Cardfile window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/session.py" line="147" />
            <source>Cardfile</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryLabel</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="25" />
            <source>work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="26" />
            <source>home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="27" />
            <source>mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="28" />
            <source>fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="29" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="296" />
            <source>Preferred: use this one first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="301" />
            <source>Move up (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="305" />
            <source>Move down (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="309" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="349" />
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="350" />
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="351" />
            <source>www.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="352" />
            <source>User name or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="367" />
            <source>Network or messenger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="370" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="210" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="215" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="216" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="224" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="225" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="226" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="231" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="235" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="240" />
            <source>There is nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="241" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="242" />
            <source>No {record_type} with id {record_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="243" />
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="244" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="245" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="248" />
            <source>The sync server {server} refused: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="249" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="250" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="251" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="254" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="259" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="283" />
            <source>%n new contact(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>%n new company(ies)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>%n changed record(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="59" />
            <source>Export Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="69" />
            <source>All contacts and companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="70" />
            <source>The selected records ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="71" />
            <source>A group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="72" />
            <source>A saved lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="76" />
            <source>{name} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="85" />
            <source>vCard 3.0 (most compatible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="86" />
            <source>vCard 4.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="87" />
            <source>CSV (spreadsheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>One file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="92" />
            <source>One file per contact, in a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="96" />
            <source>Where to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="97" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="104" />
            <source>Export:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="105" />
            <source>Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="106" />
            <source>Lookup:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="107" />
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>Write:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="110" />
            <source>Destination:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="120" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="173" />
            <source>Export into Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="177" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="177" />
            <source>vCard files (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="178" />
            <source>Export to File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="209" />
            <source>{done} of {total} exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="226" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="229" />
            <source>Exporting contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="245" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="248" />
            <source>Exported {count} record(s) to {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="260" />
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="266" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="107" />
            <source>Prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="108" />
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="109" />
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="110" />
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="111" />
            <source>Suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="112" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="113" />
            <location filename="../../src/cardfile/ui/words.py" line="114" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="115" />
            <source>Given name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="116" />
            <source>Middle name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Family name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Parent company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="134" />
            <source>Messaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="135" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="136" />
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="137" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="138" />
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="139" />
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="140" />
            <source>vCard UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="141" />
            <source>Other vCard properties</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>Rename Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="133" />
            <source>New Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="147" />
            <source>One choice per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="150" />
            <source>&amp;Choices:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="163" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="164" />
            <source>&amp;Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/custom_fields.py" line="165" />
            <source>&amp;Used for:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="107" />
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="108" />
            <source>Any group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="109" />
            <source>No lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="115" />
            <source>&amp;Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="116" />
            <source>&amp;Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="117" />
            <source>&amp;Lookup:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="107" />
            <source>Add to Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="109" />
            <source>Group, or the name of a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="118" />
            <source>A new group “{name}” will be made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="62" />
            <source>Import as new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="62" />
            <source>Update existing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="62" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="67" />
            <source>same vCard UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="68" />
            <source>same email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="69" />
            <source>same phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="70" />
            <source>same name and company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="88" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="88" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="88" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="88" />
            <source>Duplicate of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="88" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="150" />
            <source>Line {line} of {file}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="157" />
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="160" />
            <source>Line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="167" />
            <source>{name} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="170" />
            <source>Cannot import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="221" />
            <source>Choose files to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="222" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, or CSV files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="226" />
            <source>Add Files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="228" />
            <source>Add Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="230" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="264" />
            <source>Import Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="266" />
            <source>Contact files ({patterns});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="271" />
            <source>Import a Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="299" />
            <source>Check the cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="321" />
            <source>Other duplicates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="344" />
            <source>The first {shown} cards of {files} file(s): {duplicates} duplicate(s), {rejected} not importable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="345" />
            <source>Cards after these are imported too; their duplicates follow the choice below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="357" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="358" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="359" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="372" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="391" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="413" />
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="395" />
            <source>Cards that could not be imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="398" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="398" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="398" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="409" />
            <source>Import cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="410" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="414" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="419" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="452" />
            <source>Import Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="473" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="538" />
            <source>{cards} cards read: {imported} new, {updated} updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="553" />
            <source>Importing contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="563" />
            <source>Cancelling: taking back what was imported…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="580" />
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="583" />
            <source>Import failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="585" />
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="101" />
            <source>Label: choose one or type your own</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="410" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="411" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="412" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="413" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="414" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="415" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="416" />
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="417" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="418" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="419" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="420" />
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="71" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="72" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="73" />
            <source>Prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="74" />
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="75" />
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="76" />
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="77" />
            <source>Suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="78" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="79" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="80" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="81" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="82" />
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="83" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="84" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="85" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="86" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="87" />
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="88" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="89" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="90" />
            <source>Postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="91" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="92" />
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="93" />
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="94" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="95" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="96" />
            <source>Last edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="97" />
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="106" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="126" />
            <source>is before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="107" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="127" />
            <source>is after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="108" />
            <source>is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="109" />
            <source>is not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="110" />
            <source>is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="115" />
            <source>— has no tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="115" />
            <source>— has any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="119" />
            <source>contains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="120" />
            <source>starts with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="121" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="122" />
            <source>is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="123" />
            <source>is not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="124" />
            <source>is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="125" />
            <source>is not empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="128" />
            <source>is before, or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="540" />
            <source>1 company matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="541" />
            <source>{count} companies match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="543" />
            <source>1 contact matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="544" />
            <source>{count} contacts match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="622" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="622" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="631" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="631" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LookupBanner</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="739" />
            <source>Edit Lookup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="741" />
            <source>Show All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="754" />
            <source>Lookup “{title}”: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LookupBuilder</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="347" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="564" />
            <source>Edit Lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="347" />
            <source>New Lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="357" />
            <source>Give it a name to save it as a group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="360" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="361" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="364" />
            <source>all of these conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="365" />
            <source>any of these conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="367" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="369" />
            <source>that match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="373" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="386" />
            <source>&amp;Add Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="398" />
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="402" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="565" />
            <source>&amp;Save Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="402" />
            <source>&amp;Save as Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="511" />
            <source>Looking up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="518" />
            <source>Looking up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="529" />
            <source>Lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="553" />
            <source>Give the lookup a name to save it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="566" />
            <source>Saved as “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="131" />
            <source>{database} — Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="172" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="173" />
            <source>Calls, meetings and to-dos with the people you work with will be scheduled and cleared here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="176" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="177" />
            <source>Your scheduled activities by day, week and month will be shown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="180" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="181" />
            <source>Your sales opportunities, stage by stage through the pipeline, will be followed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="184" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="185" />
            <source>A summary of today's activities, open deals and recent changes will be shown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="189" />
            <source>{purpose}
This page is coming in a later version of Cardfile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="211" />
            <source>&amp;New Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="214" />
            <source>&amp;Open Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="216" />
            <source>&amp;Back Up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="217" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="218" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="219" />
            <source>Import a vCard File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="221" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="224" />
            <source>&amp;Custom Fields…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="225" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="227" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="228" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="229" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="230" />
            <source>Restore from &amp;Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="232" />
            <source>&amp;New Lookup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="234" />
            <source>&amp;Edit This Lookup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="235" />
            <source>Show &amp;All Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="236" />
            <source>&amp;Saved Lookups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="237" />
            <source>Sync &amp;Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="239" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="242" />
            <location filename="../../src/cardfile/ui/main_window.py" line="834" />
            <source>&amp;Conflicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="243" />
            <source>Sync &amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="244" />
            <source>Show &amp;Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="247" />
            <source>&amp;About Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="249" />
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="264" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="266" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="275" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="283" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="287" />
            <source>&amp;Lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="290" />
            <source>&amp;Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="365" />
            <source>{path} (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="419" />
            <source>That record is no longer in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="456" />
            <source>Nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="459" />
            <source>Nothing to redo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="468" />
            <source>Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="477" />
            <location filename="../../src/cardfile/ui/main_window.py" line="487" />
            <source>New Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="479" />
            <source>Cardfile databases ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="488" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="497" />
            <source>Open Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="499" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="509" />
            <location filename="../../src/cardfile/ui/main_window.py" line="527" />
            <source>Back Up Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="511" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="522" />
            <source>Backing up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="525" />
            <source>Backed up to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="537" />
            <source>Making the daily backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="540" />
            <source>Daily Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="546" />
            <source>Daily backup made: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="556" />
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="576" />
            <source>Imported {imported} new and updated {updated} contact(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="591" />
            <source>Exported {count} record(s) to {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="610" />
            <source>No other databases opened lately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="676" />
            <source>That lookup was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="759" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="834" />
            <source>&amp;Conflicts ({count})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="874" />
            <source>About Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="875" />
            <source>&lt;h3&gt;Cardfile {version}&lt;/h3&gt;&lt;p&gt;A local-first contact manager: your contacts, companies, activities and deals in one file on your own computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManageLookupsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="644" />
            <source>Saved Lookups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="651" />
            <source>No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="653" />
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="654" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="655" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="711" />
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="719" />
            <source>Delete Lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="712" />
            <source>Delete the saved lookup “{name}”? The records it finds are not touched.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="132" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="137" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="142" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="145" />
            <source>Leave the year empty if you do not know it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="178" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="180" />
            <source>The year must be a number such as 1980.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="184" />
            <source>There is no such date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="396" />
            <source>Sign In to Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="398" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="414" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="417" />
            <source>&amp;Sign In</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="814" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="815" />
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="818" />
            <source>&amp;Choose Picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="820" />
            <source>&amp;Remove Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="833" />
            <source>Choose a Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="833" />
            <source>Images ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="842" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../src/cardfile/app.py" line="237" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="64" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="70" />
            <source>Enter a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="72" />
            <location filename="../../src/cardfile/ui/records/form.py" line="81" />
            <location filename="../../src/cardfile/ui/records/form.py" line="82" />
            <location filename="../../src/cardfile/ui/records/form.py" line="83" />
            <source>There is no such date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="74" />
            <source>Choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>Choose yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="78" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="79" />
            <source>A phone number needs at least one digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="80" />
            <source>A web address cannot contain spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="84" />
            <source>A company needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="85" />
            <location filename="../../src/cardfile/ui/records/form.py" line="86" />
            <location filename="../../src/cardfile/ui/records/form.py" line="87" />
            <source>There is no such company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="402" />
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="244" />
            <source>Choose another filter, or show them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="307" />
            <source>&amp;List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="363" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="364" />
            <source>&amp;Tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="365" />
            <source>&amp;Remove Tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="366" />
            <source>Add to &amp;Group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="368" />
            <source>Remove from Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="371" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="375" />
            <source>Show &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="377" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="378" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="379" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="380" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="461" />
            <source>{count} (filtered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="464" />
            <source>{count} · {selected} selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="614" />
            <source>&amp;Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="624" />
            <source>&amp;Reset Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="677" />
            <source>{tag} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="744" />
            <source>Unsaved Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="745" />
            <source>Save the changes to this card?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="769" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="776" />
            <source>Move to Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="770" />
            <source>Move {records} to the Trash?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="775" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="790" />
            <source>Moving {records} to the Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="805" />
            <source>Remove Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="805" />
            <source>Take this tag off {records}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="807" />
            <source>Add Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="807" />
            <source>Tag {records} with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="819" />
            <source>Tagging {records}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="827" />
            <source>Add {records} to the group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="844" />
            <source>Adding {records} to a group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="852" />
            <source>Taking {records} out of a group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="877" />
            <source>Cardfile</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordType</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="37" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="38" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="39" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="40" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="41" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="243" />
            <source>no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="252" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="257" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="304" />
            <source>(no subject)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="259" />
            <source> · with {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="269" />
            <source>No history yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="273" />
            <source>… and {count} earlier entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="283" />
            <source>{when} · {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="285" />
            <source>{when} · Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="287" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="287" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="288" />
            <source>{when} · {type} {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="290" />
            <source>{heading} · by {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="295" />
            <source>{field}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="299" />
            <source>… and {count} more fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="316" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="319" />
            <source>Add Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="336" />
            <source>No notes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="364" />
            <source>No deals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="370" />
            <source>closes {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="383" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="392" />
            <source>New Group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="409" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="420" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="429" />
            <source>Groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="412" />
            <source>New Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="412" />
            <source>Name of the new group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="425" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="426" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="427" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="428" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="239" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="84" />
            <source>No matches for “{query}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="65" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="77" />
            <source>Given name first — Anna Berg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="78" />
            <source>Family name first — Berg Anna</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="80" />
            <source>Names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="81" />
            <source>Show &amp;names:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="82" />
            <source>Chinese, Japanese and Korean names are always written family name first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="86" />
            <source>None — numbers need their + country code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="91" />
            <source>Phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="92" />
            <source>Default &amp;country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="95" />
            <source>Phone numbers typed without a + are read as numbers of this country, so a search finds them whichever way they were written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="106" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="106" />
            <source>Show &amp;dates as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="110" />
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="116" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="117" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="120" />
            <source>Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. Cardfile speaks a newly chosen language after it is restarted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="126" />
            <source>S&amp;ync Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="130" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="131" />
            <source>The sync server, your sign-in and automatic sync have a page of their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="143" />
            <source>As the system shows them — {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="144" />
            <source>ISO 8601 — {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="145" />
            <source>Written out — {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="160" />
            <source>The language could not be saved: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="168" />
            <source>Rewriting names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/settings.py" line="170" />
            <source>Rebuilding the search index</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="51" />
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="60" />
            <source>1 change waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="61" />
            <source>{count} changes waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="66" />
            <source>1 conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="67" />
            <source>{count} conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>Sync: checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="77" />
            <source>Not set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="80" />
            <source>Offline — {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="80" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="82" />
            <source>Not signed in — {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="82" />
            <source>Not signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="84" />
            <source>Sync failed — {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="84" />
            <source>Sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="86" />
            <source>Not synced yet · {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="86" />
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="89" />
            <source>Synced {when} · {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="90" />
            <source>Synced {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>Reading the sync state…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="98" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="99" />
            <source>Syncs with {server} as {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="101" />
            <source>Last synced {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="103" />
            <source>Syncs by itself every {minutes} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="105" />
            <source>{waiting} to be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="203" />
            <source>Sending changes: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="203" />
            <source>Receiving changes: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="213" />
            <source>Syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="226" />
            <source>Synced, but the server overruled {count} change(s): {reason}. The value it holds is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="232" />
            <source>Synced: sent {pushed}, received {pulled} changes; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="238" />
            <source>Synced: sent {pushed}, received {pulled} changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="283" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="302" />
            <source>Signing in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="306" />
            <source>Signing out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="330" />
            <source>Using the other values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="330" />
            <source>Keeping values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="360" />
            <source>Values sync could not merge: review them (Sync ▸ Conflicts)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="39" />
            <source>Off — only when I choose Sync Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="41" />
            <source>Every hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="43" />
            <source>Every {hours} hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="44" />
            <source>Every {minutes} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="53" />
            <source>Sync Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="55" />
            <source>Sync keeps this database and your office's sync server in step: your changes go up, everyone else's come down. You can keep working while it runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="79" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="84" />
            <source>&amp;Sign In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="87" />
            <source>Sign &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="96" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="97" />
            <source>Ser&amp;ver:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="98" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="112" />
            <source>Automatic sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="113" />
            <source>Sync &amp;automatically:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="114" />
            <source>Sync Now (F9, or in the Sync menu) syncs whenever you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="116" />
            <source>Sync &amp;Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="148" />
            <source>Signed in as {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="150" />
            <source>Not signed in: type the password and sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="152" />
            <source>Not set up: give the server and your user name, then sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="193" />
            <source>Signing in to {server}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="204" />
            <source>Signed in. Sync Now brings this database and the server together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="206" />
            <source>Signed in for this session only: without a keyring Cardfile asks again after a restart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="212" />
            <source>Signed out. Changes made here wait until you sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="221" />
            <location filename="../../src/cardfile/ui/sync/settings.py" line="225" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/settings.py" line="231" />
            <source>Synced: sent {pushed} and received {pulled} changes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="614" />
            <source>Remove the tag “{tag}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/records/bulk_dialogs.py" line="92" />
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="639" />
            <source>Add a tag…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskIndicator</name>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="291" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="292" />
            <source>Stop this task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="337" />
            <source>{title} (and {count} more)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="33" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="34" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="35" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="36" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="37" />
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="38" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="39" />
            <source>Saved lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="40" />
            <source>Custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="51" />
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="52" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="53" />
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="72" />
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="73" />
            <source>The Trash is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="74" />
            <source>Records you delete wait here until you restore them or erase them for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="82" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="85" />
            <source>Bring the selected records back, with their links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="88" />
            <source>&amp;Erase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="91" />
            <source>Erase the selected records and their history for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="93" />
            <source>Empty &amp;Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="112" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="132" />
            <source>Erase “{name}” for good? It and its whole history leave the database; this cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase {count} records for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="140" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="148" />
            <source>Erase for Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="157" />
            <source>Erase all {count} records in the Trash for good? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="160" />
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="165" />
            <source>Empty Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="178" />
            <source>1 record in the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="179" />
            <source>{count} records in the Trash</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
