<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="154" />
            <source>Undo {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="155" />
            <source>Redo {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="160" />
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="161" />
            <source>Add contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="162" />
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="163" />
            <source>Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="164" />
            <source>Restore contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="165" />
            <source>Tag contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="166" />
            <source>Delete contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="167" />
            <source>Tag companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="168" />
            <source>Delete companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="169" />
            <source>Add company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="170" />
            <source>Edit company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="171" />
            <source>Delete company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="172" />
            <source>Restore company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="173" />
            <source>Schedule activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="174" />
            <source>Edit activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="175" />
            <source>Clear activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="176" />
            <source>Delete activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="177" />
            <source>Restore activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="178" />
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="179" />
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="180" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="181" />
            <source>Restore note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="182" />
            <source>Add deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="183" />
            <source>Edit deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="184" />
            <source>Move deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="185" />
            <source>Close deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="186" />
            <source>Reopen deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="187" />
            <source>Delete deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="188" />
            <source>Restore deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="189" />
            <source>Add group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="190" />
            <source>Rename group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="191" />
            <source>Add to group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="192" />
            <source>Remove from group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="193" />
            <source>Delete group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="194" />
            <source>Restore group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="195" />
            <source>Save lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="196" />
            <source>Edit lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="197" />
            <source>Delete lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="198" />
            <source>Add custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="199" />
            <source>Edit custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="200" />
            <source>Remove custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="201" />
            <source>Restore custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="202" />
            <source>Restore from Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="203" />
            <source>Erase record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="204" />
            <source>Empty Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="205" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <source>Repair database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="207" />
            <source>import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="217" />
            <location filename="../../src/cardfile/ui/words.py" line="220" />
            <source>Delete {records}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="218" />
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>Tag {records}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="219" />
            <source>Add {records}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="233" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="234" />
            <source>&amp;Undo {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="240" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="241" />
            <source>&amp;Redo {action}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddressEdit</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="283" />
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="284" />
            <source>Apartment, suite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="285" />
            <source>PO box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="286" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="287" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="288" />
            <source>State or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="289" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="130" />
            <source>turns {years} today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="132" />
            <source>{years} years today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="136" />
            <source>turns {years} tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="136" />
            <source>{years} years tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="138" />
            <source>turns {years} in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="138" />
            <source>{years} years in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="141" />
            <source>age {years}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="141" />
            <source>{years} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="144" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="146" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="148" />
            <source>in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="223" />
            <location filename="../../src/cardfile/ui/records/card.py" line="466" />
            <location filename="../../src/cardfile/ui/records/card.py" line="491" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="223" />
            <location filename="../../src/cardfile/ui/records/card.py" line="466" />
            <location filename="../../src/cardfile/ui/records/card.py" line="491" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="324" />
            <source>Email {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="325" />
            <source>Call {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="333" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="334" />
            <source>Copy {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="343" />
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="377" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="378" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="379" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="381" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="383" />
            <source>Messaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="388" />
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="391" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="392" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="464" />
            <source>moved to the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="464" />
            <source>restored from the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="468" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="470" />
            <source>(a company since erased)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="474" />
            <source>(picture)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="480" />
            <source>(a removed field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="511" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="513" />
            <source>{label} ★</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="527" />
            <location filename="../../src/cardfile/ui/records/card.py" line="955" />
            <source>Ctrl+S saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="530" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="532" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="616" />
            <source>What you choose below is done to all of them, as one step Undo takes back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="721" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="851" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="853" />
            <source>Edit this card (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="930" />
            <source>Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/card.py" line="982" />
            <source>Changed · Ctrl+S saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="90" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="91" />
            <source>&amp;New Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="92" />
            <source>1 company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="93" />
            <source>{count} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="94" />
            <source>Companies: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="95" />
            <source>No companies yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="96" />
            <source>Organizations are listed here. A company is added when you create it, or when you give a contact a company name it does not know yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="101" />
            <source>No companies match the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="102" />
            <source>Select a company to see its card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="103" />
            <source>&amp;Company</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyCard</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="65" />
            <source>part of {parent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="67" />
            <source>website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="69" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="72" />
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/kind.py" line="74" />
            <source>People ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="57" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="58" />
            <source>&amp;Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="59" />
            <source>&amp;Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="60" />
            <source>&amp;Part of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="60" />
            <source>The company this one belongs to, if any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="63" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="63" />
            <source>Add email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="64" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="64" />
            <source>Add phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="65" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="65" />
            <source>Add address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="66" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="66" />
            <source>Add web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="67" />
            <source>Messaging and social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="67" />
            <source>Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="68" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="68" />
            <source>Add date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="69" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="70" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="71" />
            <source>Sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="76" />
            <source>This company was deleted meanwhile; your changes were not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/companies/form.py" line="81" />
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
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="48" />
            <source>Related People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="51" />
            <source>Personal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="58" />
            <source>agent (assistant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="64" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="67" />
            <source>Pronounced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="69" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/kind.py" line="71" />
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="85" />
            <source>Give the person a name, a company or an email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="88" />
            <source>&amp;Prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="89" />
            <source>&amp;Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="90" />
            <source>&amp;Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="91" />
            <source>&amp;Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="92" />
            <source>Suffi&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="93" />
            <source>Nic&amp;kname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="98" />
            <source>&amp;Display as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="99" />
            <source>Leave empty to show the name built from its parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="100" />
            <source>Built from the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="107" />
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="109" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="110" />
            <source>Depa&amp;rtment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="111" />
            <source>C&amp;ompany</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="114" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="114" />
            <source>Add email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="115" />
            <source>Add phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="116" />
            <source>Add address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="117" />
            <source>Add web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>Messaging and social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="118" />
            <source>Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="120" />
            <source>Personal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="121" />
            <source>&amp;Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="121" />
            <source>&amp;Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="123" />
            <source>Other dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="123" />
            <source>Add date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="124" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="125" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="126" />
            <source>Sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/contacts/form.py" line="131" />
            <source>This contact was deleted meanwhile; your changes were not saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="74" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="75" />
            <source>&amp;New Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="76" />
            <source>1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="77" />
            <source>{count} contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="78" />
            <source>Contacts: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="79" />
            <source>No contacts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="80" />
            <source>The people you work with will be listed here: add them one by one, or import the vCard or CSV file another address book (Outlook, Google, a phone) exports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="85" />
            <source>No contacts match the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="86" />
            <source>Select a contact to see their card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="87" />
            <source>&amp;Contact</source>
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
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="92" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="93" />
            <source>Prefix (Dr., Ms.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="94" />
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="95" />
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="96" />
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="97" />
            <source>Suffix (Jr., PhD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="98" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="99" />
            <source>Given name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="100" />
            <source>Middle name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="101" />
            <source>Family name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="102" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="103" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="104" />
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="105" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="106" />
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="107" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="108" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="109" />
            <source>Photo (web link)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="110" />
            <source>vCard UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="116" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="117" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="118" />
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="119" />
            <source>Messaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="120" />
            <source>Other date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="121" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="127" />
            <source>label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="128" />
            <source>service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="129" />
            <source>street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="130" />
            <source>city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="131" />
            <source>region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="132" />
            <source>postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="133" />
            <source>country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="134" />
            <source>PO box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="135" />
            <source>extended address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="136" />
            <source>whole address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="157" />
            <source>Add to notes with the column name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="159" />
            <source>Do not import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="166" />
            <source>“{target}” (not a field this version of Cardfile knows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="171" />
            <source>{field} {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="171" />
            <source>{field} ({number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="175" />
            <source>{field} ({label})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="179" />
            <source>{field}: {part}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="203" />
            <source>Each non-empty cell is added to the contact's notes as “Column: value”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="313" />
            <source>(empty in the first rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="319" />
            <source>vertical bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="335" />
            <source>a Google Contacts export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="336" />
            <source>an Outlook export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="337" />
            <source>a Cardfile export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="344" />
            <source>{file}: {encoding}, separated by {delimiter}, {count} columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="352" />
            <source>Recognised as {program}: its columns are mapped already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="374" />
            <source>Map columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="376" />
            <source>Choose the contact field each column fills. The sample values come from the first rows of the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="387" />
            <source>S&amp;tart from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="389" />
            <source>&amp;Save Mapping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="392" />
            <source>&amp;Delete Saved Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="436" />
            <source>Suggested from the values in this column: change it if it is wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="449" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="449" />
            <source>Sample values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="449" />
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="458" />
            <source>(column {number}, no header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="466" />
            <source>Import column {column} as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="485" />
            <source>Suggested for this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="485" />
            <source>Suggested for these files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="559" />
            <source>Save Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="559" />
            <source>Save this column mapping as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="567" />
            <source>Replace Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="568" />
            <source>A mapping named “{name}” exists already. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="584" />
            <source>Delete Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="584" />
            <source>Delete the saved mapping “{name}”?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomField</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1001" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1002" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="1057" />
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
            <location filename="../../src/cardfile/ui/words.py" line="27" />
            <source>work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="28" />
            <source>home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="29" />
            <source>mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="30" />
            <source>fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="31" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="365" />
            <source>Preferred: use this one first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="370" />
            <source>Move up (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="374" />
            <source>Move down (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="378" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="460" />
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="461" />
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="462" />
            <source>www.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="463" />
            <source>User name or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="478" />
            <source>Network or messenger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="481" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="247" />
            <source>{path} was written by a newer version of Cardfile (schema {found}); this version understands schema {supported} and will not change it. Install a newer Cardfile to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="252" />
            <source>{path} is damaged or not a Cardfile database ({detail}). It was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="253" />
            <source>{path} is an SQLite database of another program, not a Cardfile database. It was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="256" />
            <source>{path} is locked by another program or another Cardfile window; try again when it has finished. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="261" />
            <source>Cannot open {path}: {detail}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="262" />
            <source>{path} can be read but not changed here ({detail}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="263" />
            <source>{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="268" />
            <source>The disk holding {path} is full; the last change was not saved. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="271" />
            <source>Could not back up {path} to {target}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="272" />
            <source>Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile tries again within the hour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="277" />
            <source>There is nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="278" />
            <source>Only {owner} may change who owns this {record_type} or whether it is private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="279" />
            <source>No {record_type} with id {record_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="280" />
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="281" />
            <source>Sync has no server yet: choose one in Sync ▸ Sync Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="282" />
            <source>Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="285" />
            <source>The sync server {server} refused: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="286" />
            <source>Cannot sync with {server}: {detail}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="287" />
            <source>Sign in to {server} as {user}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="288" />
            <source>The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="291" />
            <source>No column holds people's names, and {column!r} holds their company: each person would be shown by the company's name. Map the column with the names to a name field, or import as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="296" />
            <source>No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. Choose the field of the column that holds them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="301" />
            <source>No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for the password again after every start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>{detail}: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="329" />
            <source>Cardfile ran into an error of its own; the error report tells what happened.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="339" />
            <source>%n new contact(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="341" />
            <source>%n new company(ies)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="343" />
            <source>%n changed record(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="344" />
            <source>The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. Once the problem is solved, Edit ▸ Undo takes all of it back in one step.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="61" />
            <source>Export Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="71" />
            <source>All contacts and companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="72" />
            <source>The selected records ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="73" />
            <source>A group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="74" />
            <source>A saved lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="78" />
            <source>{name} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="87" />
            <source>vCard 3.0 (most compatible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="88" />
            <source>vCard 4.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="89" />
            <source>CSV (spreadsheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="91" />
            <source>One file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="94" />
            <source>One file per contact, in a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="98" />
            <source>Where to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="101" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="108" />
            <source>Export:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="109" />
            <source>Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="110" />
            <source>Lookup:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="111" />
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="112" />
            <source>Write:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="114" />
            <source>Destination:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="124" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="177" />
            <source>Export into Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="181" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="181" />
            <source>vCard files (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="182" />
            <source>Export to File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="213" />
            <source>{done} of {total} exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="230" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="233" />
            <source>Exporting contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="249" />
            <source>The export was cancelled; nothing was left behind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="252" />
            <source>Exported {count} record(s) to {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="256" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="267" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="112" />
            <source>Prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="113" />
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="114" />
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="115" />
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="116" />
            <source>Suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="117" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="118" />
            <location filename="../../src/cardfile/ui/words.py" line="119" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="120" />
            <source>Given name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="121" />
            <source>Middle name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="122" />
            <source>Family name (phonetic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="123" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="124" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="125" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="126" />
            <source>Parent company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="127" />
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="128" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="129" />
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="130" />
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="131" />
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="132" />
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="133" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="134" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="135" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="136" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="137" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="138" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="139" />
            <source>Messaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="140" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="141" />
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="142" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="143" />
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="144" />
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="145" />
            <source>vCard UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="146" />
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
            <location filename="../../src/cardfile/ui/records/list_page.py" line="206" />
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="207" />
            <source>Any group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="208" />
            <source>No lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="214" />
            <source>&amp;Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="215" />
            <source>&amp;Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="216" />
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
        <name>Help</name>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="102" />
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="126" />
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="130" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="144" />
            <source>In a text field, the usual editing keys (Ctrl+C, Ctrl+Z …) work on the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="178" />
            <source>Cardfile User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/dialogs/help.py" line="188" />
            <source>The user guide is missing from this installation of Cardfile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="74" />
            <source>Import as new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="74" />
            <source>Update existing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="74" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="79" />
            <source>same vCard UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="80" />
            <source>same email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="81" />
            <source>same phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="82" />
            <source>same name and company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Duplicate of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="100" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="162" />
            <source>Line {line} of {file}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="171" />
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="174" />
            <source>Line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="181" />
            <source>{name} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="184" />
            <source>Cannot import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="271" />
            <source>Add the files to import with Add Files… or Add Folder…, or drop them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="282" />
            <source>Choose files to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="283" />
            <source>vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, or CSV files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="288" />
            <source>Add Files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="290" />
            <source>Add Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="292" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="314" />
            <source>Outlook: File ▸ Open &amp; Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what each column holds next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="333" />
            <source>Contact files ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="334" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="335" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="339" />
            <source>Import Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="344" />
            <source>Import a Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="371" />
            <source>Check the cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="373" />
            <source>Choose what happens to each card that duplicates a contact already here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="401" />
            <source>Other duplicates:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="427" />
            <source>%Ln card</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="427" />
            <source>%Ln cards</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="428" />
            <source>from %Ln file</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="428" />
            <source>from %Ln files</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="430" />
            <source>{cards} {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="432" />
            <source>The first {cards} {files}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="433" />
            <source>%Ln duplicate</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="433" />
            <source>%Ln duplicates</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="434" />
            <source>%Ln not importable</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="435" />
            <source>{what}: {found}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="437" />
            <source>Cards after these are imported too; their duplicates follow the choice below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="466" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="467" />
            <source>Cancel takes back everything this import wrote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="468" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="481" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="502" />
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="529" />
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="503" />
            <source>What was imported, and each card that was not, with why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="507" />
            <source>Cards that were not imported or were skipped, and why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="511" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="526" />
            <source>Import cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="527" />
            <source>The import was cancelled. Nothing was imported and nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="530" />
            <source>{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="535" />
            <source>Edit ▸ Undo takes the whole import back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="537" />
            <source>Not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="538" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="580" />
            <source>Import Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="601" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="669" />
            <source>{cards} cards read: {imported} new, {updated} updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="684" />
            <source>Importing contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="694" />
            <source>Cancelling: taking back what was imported…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="711" />
            <source>Import failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="713" />
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabelCombo</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="146" />
            <source>Label: choose one or type your own</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListColumn</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="440" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="441" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="442" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="443" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="444" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="445" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="446" />
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="447" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="448" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="449" />
            <source>File as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="450" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_model.py" line="451" />
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
        <message>
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="761" />
            <source>{title}: {records}</source>
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
            <location filename="../../src/cardfile/ui/main_window.py" line="144" />
            <source>{database} — Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="197" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="198" />
            <source>Calls, meetings and to-dos with the people you work with will be scheduled and cleared here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="201" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="202" />
            <source>Your scheduled activities by day, week and month will be shown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="205" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="206" />
            <source>Your sales opportunities, stage by stage through the pipeline, will be followed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="209" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="210" />
            <source>A summary of today's activities, open deals and recent changes will be shown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="214" />
            <source>{purpose}
This page is coming in a later version of Cardfile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="239" />
            <source>&amp;New Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="242" />
            <source>&amp;Open Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="244" />
            <source>&amp;Back Up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="245" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="246" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="247" />
            <source>Import a vCard File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="249" />
            <source>Import from Outlook, Google or a CSV File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="254" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="257" />
            <source>&amp;Custom Fields…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="258" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="260" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="261" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="262" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="263" />
            <source>Restore from &amp;Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="265" />
            <source>&amp;New Lookup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="267" />
            <source>&amp;Edit This Lookup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="268" />
            <source>Show &amp;All Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="269" />
            <source>&amp;Saved Lookups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="270" />
            <source>Sync &amp;Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="272" />
            <source>Send your changes to the sync server and bring in everyone else's (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="275" />
            <location filename="../../src/cardfile/ui/main_window.py" line="1088" />
            <source>&amp;Conflicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="276" />
            <source>Sync &amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="277" />
            <source>Show &amp;Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="280" />
            <source>&amp;Print List…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="283" />
            <source>Print &amp;Card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="284" />
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="285" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="286" />
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="290" />
            <source>&amp;Schedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="293" />
            <source>Scheduling calls and meetings comes with the Activities page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="295" />
            <source>Cardfile &amp;User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="297" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="299" />
            <source>&amp;About Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="301" />
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="317" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="319" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="330" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="341" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="347" />
            <source>&amp;Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="350" />
            <source>&amp;Lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="353" />
            <source>&amp;Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="358" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="364" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="438" />
            <source>{path} (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="505" />
            <source>That record is no longer in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="545" />
            <source>Nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="548" />
            <source>Nothing to redo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="557" />
            <source>Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="633" />
            <source>This page has no list to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="652" />
            <source>Select a record to print its card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="693" />
            <location filename="../../src/cardfile/ui/main_window.py" line="703" />
            <source>New Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="695" />
            <source>Cardfile databases ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="704" />
            <source>{path} already exists. Use File ▸ Open Database to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="713" />
            <source>Open Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="715" />
            <source>Cardfile databases ({patterns});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="725" />
            <location filename="../../src/cardfile/ui/main_window.py" line="743" />
            <source>Back Up Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="727" />
            <source>Cardfile backups (*.cardfile-backup);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="738" />
            <source>Backing up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="741" />
            <source>Backed up to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="753" />
            <source>Making the daily backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="756" />
            <source>Daily Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="762" />
            <source>Daily backup made ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="792" />
            <source>Imported {imported} new and updated {updated} contact(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="813" />
            <source>Imported just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="831" />
            <source>Exported {count} record(s) to {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="850" />
            <source>No other databases opened lately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="916" />
            <source>That lookup was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="956" />
            <source>Search “{query}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1004" />
            <source>Lookup “{name}” saved; find it in the Lookup menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1088" />
            <source>&amp;Conflicts ({count})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1128" />
            <source>About Cardfile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/main_window.py" line="1129" />
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
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="177" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="182" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="187" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="190" />
            <source>Leave the year empty if you do not know it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="223" />
            <source>Choose a day and a month (the year may stay empty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="225" />
            <source>The year must be a number such as 1980.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="229" />
            <source>There is no such date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="394" />
            <source>Sign In to Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="396" />
            <source>Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="412" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="415" />
            <source>&amp;Sign In</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="925" />
            <source>Picture: choose an image file or remove the picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="926" />
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="929" />
            <source>&amp;Choose Picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="931" />
            <source>&amp;Remove Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="944" />
            <source>Choose a Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="944" />
            <source>Images ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="953" />
            <source>{file} is not an image Cardfile can read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="82" />
            <source>Printed {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="100" />
            <source>{records} selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="102" />
            <source>{records} (filtered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="107" />
            <source>Only the first {printed} of {count} are printed. Select the records to print, or narrow the list with a filter or a lookup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="206" />
            <source>you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="207" />
            <source>{when} · {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="209" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/printing.py" line="252" />
            <source>Print Preview — {title}</source>
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
            <location filename="../../src/cardfile/ui/records/form.py" line="76" />
            <source>There is no company named “{name}”; add it first, or choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="82" />
            <source>Enter a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="84" />
            <location filename="../../src/cardfile/ui/records/form.py" line="93" />
            <location filename="../../src/cardfile/ui/records/form.py" line="94" />
            <location filename="../../src/cardfile/ui/records/form.py" line="95" />
            <source>There is no such date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="86" />
            <source>Choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="88" />
            <source>Choose yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="90" />
            <source>This is not an email address; it should look like name@example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="91" />
            <source>A phone number needs at least one digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="92" />
            <source>A web address cannot contain spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="96" />
            <source>A company needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="97" />
            <location filename="../../src/cardfile/ui/records/form.py" line="98" />
            <location filename="../../src/cardfile/ui/records/form.py" line="99" />
            <source>There is no such company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="174" />
            <source>Pri&amp;vate: only you see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="175" />
            <source>A private record syncs only between your own devices, with its activities, notes and deals; nobody else in the office sees it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/form.py" line="458" />
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="347" />
            <source>Choose another filter, or show them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="410" />
            <source>&amp;List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="466" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="467" />
            <source>&amp;Tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="468" />
            <source>&amp;Remove Tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="469" />
            <source>Add to &amp;Group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="471" />
            <source>Remove from Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="474" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="478" />
            <source>Show &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="479" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="480" />
            <source>&amp;Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="481" />
            <source>Send E&amp;mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="483" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="486" />
            <source>E&amp;xport Selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="514" />
            <source>Add a tag to the selected records (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="515" />
            <source>Take a tag off the selected records (Ctrl+Shift+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="516" />
            <source>Add the selected records to a group (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="517" />
            <source>Move the selected records to the Trash (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="518" />
            <source>Call the selected record's first phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="519" />
            <source>Write to the selected records from your mail program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="520" />
            <source>Copy the selected rows as text (Ctrl+C in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="521" />
            <source>Export the selected records to a vCard or CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="554" />
            <source>{action} ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="630" />
            <source>{count} (filtered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="633" />
            <source>{count} · {selected} selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="730" />
            <source>{records} selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="798" />
            <source>&amp;Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="808" />
            <source>&amp;Reset Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="871" />
            <source>{tag} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="955" />
            <source>Unsaved Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="956" />
            <source>The card has a mistake, marked in red, to correct before it can be saved. Save the changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="958" />
            <source>Save the changes to this card?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1017" />
            <source>Copied the first {records} of {count}; export the rest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1020" />
            <source>Copied {records}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1081" />
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1088" />
            <source>Move to Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1082" />
            <source>Move {records} to the Trash?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1087" />
            <source>You can restore them from the Trash, or undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1102" />
            <source>Moving {records} to the Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1117" />
            <source>Remove Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1117" />
            <source>Take this tag off {records}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1119" />
            <source>Add Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1119" />
            <source>Tag {records} with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1131" />
            <source>Tagging {records}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1139" />
            <source>Add {records} to the group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1156" />
            <source>Adding {records} to a group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1164" />
            <source>Taking {records} out of a group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/list_page.py" line="1189" />
            <source>Cardfile</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordType</name>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="39" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="40" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="41" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="42" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/words.py" line="43" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="298" />
            <source>no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="307" />
            <source>Nothing scheduled. Calls, meetings and to-dos with them will be listed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="312" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="362" />
            <source>(no subject)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="314" />
            <source> · with {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="325" />
            <source>No history yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="329" />
            <source>… and {count} earlier entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="339" />
            <source>{when} · {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="341" />
            <source>{when} · Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="343" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="343" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="344" />
            <source>{when} · {type} {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="345" />
            <source>{heading} · {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="354" />
            <source>… and {count} more fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="375" />
            <source>{field}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="377" />
            <source>{field}: {old} ← {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="377" />
            <source>{field}: {old} → {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="383" />
            <source>you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="384" />
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="395" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="398" />
            <source>Add Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="415" />
            <source>No notes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="439" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="448" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="623" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="457" />
            <source>No deals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="458" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="458" />
            <source>won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="458" />
            <source>lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="463" />
            <source>closes {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="477" />
            <source>There are no groups yet. A group gathers people or companies by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="486" />
            <source>New Group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="503" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="514" />
            <location filename="../../src/cardfile/ui/records/tabs.py" line="625" />
            <source>Groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="506" />
            <source>New Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="506" />
            <source>Name of the new group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="534" />
            <source>{when} · {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="536" />
            <source>{when} · edited {edited}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="538" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="538" />
            <source>Change this note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="540" />
            <source>Move this note to the Trash (Ctrl+Z undoes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="541" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="568" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="570" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="621" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="622" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/records/tabs.py" line="624" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="90" />
            <source>Show all %Ln contacts</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="91" />
            <source>Show all %Ln companies</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="92" />
            <source>Show all %Ln activities</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="93" />
            <source>Show all %Ln notes</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="94" />
            <source>Show all %Ln deals</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="96" />
            <source>Show all %Ln</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="101" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="103" />
            <source>{field} ({label})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="109" />
            <source>scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="110" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="111" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="112" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="113" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="114" />
            <source>won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="115" />
            <source>lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="129" />
            <source>{field}: </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="137" />
            <source>{names} and %Ln more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="210" />
            <source>No matches for “{query}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/search.py" line="468" />
            <source>Search contacts, companies, deals … (Ctrl+K)</source>
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
            <location filename="../../src/cardfile/ui/sync/controller.py" line="58" />
            <source>1 change waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="59" />
            <source>{count} changes waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="64" />
            <source>1 conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="65" />
            <source>{count} conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="71" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="73" />
            <source>Sync: checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="75" />
            <source>Not set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="78" />
            <source>Offline — {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="78" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="80" />
            <source>Not signed in — {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="80" />
            <source>Not signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="82" />
            <source>Sync failed — {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="82" />
            <source>Sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="84" />
            <source>Not synced yet · {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="84" />
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="87" />
            <source>Synced {when} · {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="88" />
            <source>Synced {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="94" />
            <source>Reading the sync state…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="96" />
            <source>This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="97" />
            <source>Syncs with {server} as {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="99" />
            <source>Last synced {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="101" />
            <source>Syncs by itself every {minutes} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="103" />
            <source>{waiting} to be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="201" />
            <source>Sending changes: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="201" />
            <source>Receiving changes: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="211" />
            <source>Syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="224" />
            <source>Synced, but the server overruled {count} change(s): {reason}. The value it holds is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="230" />
            <source>Synced: sent {pushed}, received {pulled} changes; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="236" />
            <source>Synced: sent {pushed}, received {pulled} changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="281" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="300" />
            <source>Signing in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="304" />
            <source>Signing out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="328" />
            <source>Using the other values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="328" />
            <source>Keeping values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/sync/controller.py" line="358" />
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
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="725" />
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
            <location filename="../../src/cardfile/ui/widgets/editors.py" line="750" />
            <source>Add a tag…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskIndicator</name>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="298" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="299" />
            <source>Stop this task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cardfile/ui/tasks.py" line="344" />
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
