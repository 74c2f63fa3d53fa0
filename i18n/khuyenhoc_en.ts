<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AreaReportPage</name>
    <message>
        <source>Figures of my area</source>
        <translation>Figures of my area</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Fetch the latest figures</source>
        <translation>Fetch the latest figures</translation>
    </message>
</context>
<context>
    <name>ClanFormPage</name>
    <message>
        <source>New clan</source>
        <translation>New clan</translation>
    </message>
    <message>
        <source>Clan name, e.g. Họ Nguyễn</source>
        <translation>Clan name, e.g. Họ Nguyễn</translation>
    </message>
    <message>
        <source>Branch (chi), if any</source>
        <translation>Branch (chi), if any</translation>
    </message>
    <message>
        <source>Head of the clan</source>
        <translation>Head of the clan</translation>
    </message>
    <message>
        <source>Villages where the clan lives</source>
        <translation>Villages where the clan lives</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add a household to the clan</source>
        <translation>Add a household to the clan</translation>
    </message>
    <message>
        <source>Which household belongs to %1?</source>
        <translation>Which household belongs to %1?</translation>
    </message>
    <message>
        <source>Press and hold a household to remove it from the clan.</source>
        <translation>Press and hold a household to remove it from the clan.</translation>
    </message>
    <message>
        <source>Member households (%L1)</source>
        <translation>Member households (%L1)</translation>
    </message>
    <message>
        <source>Learning clan %1</source>
        <translation>Learning clan %1</translation>
    </message>
    <message>
        <source>Register for this year</source>
        <translation>Register for this year</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Evaluation, verification and recognition</translation>
    </message>
    <message>
        <source>Record a contribution to the study fund</source>
        <translation>Record a contribution to the study fund</translation>
    </message>
    <message>
        <source>Already in the clan</source>
        <translation>Already in the clan</translation>
    </message>
</context>
<context>
    <name>ClanListPage</name>
    <message>
        <source>Clans</source>
        <translation>Clans</translation>
    </message>
    <message>
        <source>No clans yet. Add one with the + button.</source>
        <translation>No clans yet. Add one with the + button.</translation>
    </message>
    <message>
        <source>Add a clan</source>
        <translation>Add a clan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a clan in the list to see it here.</source>
        <translation>Tap a clan in the list to see it here.</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <source>Commune overview %1</source>
        <translation>Commune overview %1</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>HH</source>
        <extracomment>Column headers of the commune table; keep them very short (about 4 letters)</extracomment>
        <translation>HH</translation>
    </message>
    <message>
        <source>Reg.</source>
        <translation>Reg.</translation>
    </message>
    <message>
        <source>Decl.</source>
        <translation>Decl.</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <source>Rec.</source>
        <translation>Rec.</translation>
    </message>
    <message>
        <source>No villages on this phone yet. Sync, or add the villages of your commune.</source>
        <translation>No villages on this phone yet. Sync, or add the villages of your commune.</translation>
    </message>
    <message>
        <source>%L1 households · %L2 registered · %L3 self-declared · %L4 verified · %L5 recognised (%6)</source>
        <translation>%L1 households · %L2 registered · %L3 self-declared · %L4 verified · %L5 recognised (%6)</translation>
    </message>
    <message>
        <source>National targets for 2025: 70% of families, 65% of clans and village communities, 80% of units. Villages below the family target are shown in orange.</source>
        <translation>National targets for 2025: 70% of families, 65% of clans and village communities, 80% of units. Villages below the family target are shown in orange.</translation>
    </message>
    <message>
        <source>HH: households · Reg.: registered · Decl.: self-assessed · Ver.: verified · Rec.: recognised</source>
        <extracomment>Explains the commune table&apos;s short column headers, in the same order</extracomment>
        <translation>HH: households · Reg.: registered · Decl.: self-assessed · Ver.: verified · Rec.: recognised</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>The same information was changed on two phones. Choose the value that is right.</source>
        <translation>The same information was changed on two phones. Choose the value that is right.</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>No conflicts. Every change agrees.</source>
        <translation>No conflicts. Every change agrees.</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Keep the current value</translation>
    </message>
</context>
<context>
    <name>ContributionPage</name>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>No study fund on this phone yet: sync first.</source>
        <translation>No study fund on this phone yet: sync first.</translation>
    </message>
    <message>
        <source>Who gives</source>
        <translation>Who gives</translation>
    </message>
    <message>
        <source>Full name, or the business&apos;s name</source>
        <translation>Full name, or the business&apos;s name</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Amount (đồng)</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Which goods (the amount is their value)</source>
        <translation>Which goods (the amount is their value)</translation>
    </message>
    <message>
        <source>e.g. 20 sets of textbooks</source>
        <translation>e.g. 20 sets of textbooks</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>RECEIPT</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Received from %1 the sum of %2 for %3.</source>
        <translation>Received from %1 the sum of %2 for %3.</translation>
    </message>
    <message>
        <source>Collected by %1. The commune&apos;s association gives the official number on approval.</source>
        <translation>Collected by %1. The commune&apos;s association gives the official number on approval.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>Open to print or send</source>
        <translation>Open to print or send</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Into the fund</source>
        <translation>Into the fund</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Received from %1 goods: %2, valued at %3, for %4.</source>
        <translation>Received from %1 goods: %2, valued at %3, for %4.</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <extracomment>The amount written in words on a receipt (Vietnamese words, as the law asks)</extracomment>
        <translation>In words: %1</translation>
    </message>
    <message>
        <source>Anonymous on the public list (the books keep the name)</source>
        <translation>Anonymous on the public list (the books keep the name)</translation>
    </message>
    <message>
        <source>Already in the books? Tap to choose:</source>
        <translation>Already in the books? Tap to choose:</translation>
    </message>
    <message>
        <source>✓ The same giver as before: the gift is added to their record.</source>
        <translation>✓ The same giver as before: the gift is added to their record.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>%1 recognised · %2</source>
        <translation>%1 recognised · %2</translation>
    </message>
    <message>
        <source>Learning families per year</source>
        <translation>Learning families per year</translation>
    </message>
    <message>
        <source>Learning families per village, lowest first</source>
        <translation>Learning families per village, lowest first</translation>
    </message>
    <message>
        <source>%1 recognised · %2 · %3</source>
        <translation>%1 recognised · %2 · %3</translation>
    </message>
</context>
<context>
    <name>DraftMark</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Criteria: %1</source>
        <translation>Criteria: %1</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1 points)</translation>
    </message>
    <message>
        <source>From the records: %1</source>
        <translation>From the records: %1</translation>
    </message>
    <message>
        <source>Declared: %1 · Verified: %2</source>
        <translation>Declared: %1 · Verified: %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>disagreed</source>
        <translation>disagreed</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Verification complete</source>
        <translation>Verification complete</translation>
    </message>
    <message>
        <source>Decision number, e.g. 45/QĐ-UBND</source>
        <translation>Decision number, e.g. 45/QĐ-UBND</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Recognise</translation>
    </message>
    <message>
        <source>Do not recognise</source>
        <translation>Do not recognise</translation>
    </message>
    <message>
        <source>Why reopen it?</source>
        <translation>Why reopen it?</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>Reopen for correction</translation>
    </message>
    <message>
        <source>⚠ The records say otherwise than the declaration: check before verifying.</source>
        <translation>⚠ The records say otherwise than the declaration: check before verifying.</translation>
    </message>
    <message>
        <source>Officer&apos;s note: %1</source>
        <extracomment>%1: the officer&apos;s words with the verdict</extracomment>
        <translation>Officer&apos;s note: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>%1: each reason the result does not pass, separated by &quot;;&quot;</extracomment>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Why you disagree, e.g. the child has left school</source>
        <translation>Why you disagree, e.g. the child has left school</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Draft not saved yet, from %1</source>
        <translation>Draft not saved yet, from %1</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>Save your changes?</translation>
    </message>
    <message>
        <source>You changed this form and have not saved it.</source>
        <translation>You changed this form and have not saved it.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <source>Study fund</source>
        <translation>Study fund</translation>
    </message>
    <message>
        <source>No study fund on this phone yet. The commune&apos;s association opens it; it arrives with the next sync.</source>
        <translation>No study fund on this phone yet. The commune&apos;s association opens it; it arrives with the next sync.</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>Balance now: %1</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Record a contribution</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Official number, e.g. PT 12/2026</source>
        <translation>Official number, e.g. PT 12/2026</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Pay %1 to %2?</source>
        <extracomment>%1: an amount (&quot;1.000.000 ₫&quot;); %2: the beneficiary&apos;s name</extracomment>
        <translation>Pay %1 to %2?</translation>
    </message>
    <message>
        <source>A payment voucher is written in the fund&apos;s book with this phone&apos;s number. It cannot be changed; a wrong one is cancelled with a reason.</source>
        <translation>A payment voucher is written in the fund&apos;s book with this phone&apos;s number. It cannot be changed; a wrong one is cancelled with a reason.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Cancel receipt %1?</source>
        <translation>Cancel receipt %1?</translation>
    </message>
    <message>
        <source>Cancel the receipt</source>
        <translation>Cancel the receipt</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Propose %1 for %2?</source>
        <extracomment>%1: how many children (&quot;3 children&quot;); %2: the programme&apos;s name</extracomment>
        <translation>Propose %1 for %2?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln child</numerusform>
            <numerusform>%Ln children</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of school age in poor or near-poor households, orphans and those with a disability, from the household register, who have no award in this programme yet. The commune approves each one.</source>
        <translation>Children of school age in poor or near-poor households, orphans and those with a disability, from the household register, who have no award in this programme yet. The commune approves each one.</translation>
    </message>
    <message>
        <source>Propose them</source>
        <translation>Propose them</translation>
    </message>
    <message>
        <source>Close the books through %1?</source>
        <extracomment>%1: a day, dd/mm/yyyy</extracomment>
        <translation>Close the books through %1?</translation>
    </message>
    <message>
        <source>After this, no receipt or payment dated on or before that day is accepted, on any phone. It cannot be undone from a phone.</source>
        <translation>After this, no receipt or payment dated on or before that day is accepted, on any phone. It cannot be undone from a phone.</translation>
    </message>
    <message>
        <source>Close the books</source>
        <translation>Close the books</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Cancel this receipt…</source>
        <translation>Cancel this receipt…</translation>
    </message>
    <message>
        <source>Why, e.g. wrong amount</source>
        <translation>Why, e.g. wrong amount</translation>
    </message>
    <message>
        <source>Cancel receipt</source>
        <translation>Cancel receipt</translation>
    </message>
    <message>
        <source>Scholarships and awards</source>
        <translation>Scholarships and awards</translation>
    </message>
    <message>
        <source>Propose from the register</source>
        <translation>Propose from the register</translation>
    </message>
    <message>
        <source>Decision number (if any)</source>
        <translation>Decision number (if any)</translation>
    </message>
    <message>
        <source>Closing the books</source>
        <translation>Closing the books</translation>
    </message>
    <message>
        <source>The books are closed through %1.</source>
        <translation>The books are closed through %1.</translation>
    </message>
    <message>
        <source>The books have not been closed yet.</source>
        <translation>The books have not been closed yet.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>This phone holds the entries of your villages only: the fund&apos;s balance and figures are on the commune&apos;s phones.</source>
        <translation>This phone holds the entries of your villages only: the fund&apos;s balance and figures are on the commune&apos;s phones.</translation>
    </message>
    <message>
        <source>Cancel payment %1?</source>
        <extracomment>%1: the receipt&apos;s or payment&apos;s voucher number</extracomment>
        <translation>Cancel payment %1?</translation>
    </message>
    <message>
        <source>Nothing is deleted: the book keeps the entry and a cancelling entry dated today, with the reason &quot;%1&quot;.</source>
        <extracomment>%1: the reason the officer typed</extracomment>
        <translation>Nothing is deleted: the book keeps the entry and a cancelling entry dated today, with the reason &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Cancel the payment</translation>
    </message>
    <message>
        <source>Cancel this payment…</source>
        <translation>Cancel this payment…</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Official number, e.g. PC 12/2026</source>
        <translation>Official number, e.g. PC 12/2026</translation>
    </message>
    <message>
        <source>Why, e.g. has a school grant</source>
        <translation>Why, e.g. has a school grant</translation>
    </message>
    <message>
        <source>Decline the award for %1?</source>
        <extracomment>%1: the child&apos;s name</extracomment>
        <translation>Decline the award for %1?</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>The proposal stays in the books as declined, with the reason &quot;%1&quot;. It is never paid, and the child is not proposed again from the register for this programme.</source>
        <extracomment>%1: the reason the commune typed</extracomment>
        <translation>The proposal stays in the books as declined, with the reason "%1". It is never paid, and the child is not proposed again from the register for this programme.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Khuyến Học</source>
        <translation>Khuyến Học</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>%1 · year %2</source>
        <translation>%1 · year %2</translation>
    </message>
    <message>
        <source>Villages and residential groups</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Clans</translation>
    </message>
    <message>
        <source>Commune overview</source>
        <translation>Commune overview</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflicts to review (%1)</translation>
    </message>
    <message>
        <source>Hand the phone to a household</source>
        <translation>Hand the phone to a household</translation>
    </message>
    <message>
        <source>Which household will fill in its self-assessment?</source>
        <translation>Which household will fill in its self-assessment?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Households (%L1)</source>
        <translation>Households (%L1)</translation>
    </message>
    <message>
        <source>Waiting for verification (%L1)</source>
        <translation>Waiting for verification (%L1)</translation>
    </message>
    <message>
        <source>Recognition (%L1)</source>
        <translation>Recognition (%L1)</translation>
    </message>
    <message>
        <source>Dashboard and reports</source>
        <translation>Dashboard and reports</translation>
    </message>
    <message>
        <source>Figures of my area (from the server)</source>
        <translation>Figures of my area (from the server)</translation>
    </message>
    <message>
        <source>Not saved yet (%1)</source>
        <translation>Not saved yet (%1)</translation>
    </message>
    <message>
        <source>Draft from %1 · tap to continue</source>
        <extracomment>A form&apos;s draft on the start page; %1 is its time</extracomment>
        <translation>Draft from %1 · tap to continue</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Study fund and scholarships</source>
        <translation>Study fund and scholarships</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Waiting for verification</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
</context>
<context>
    <name>HouseholdFormPage</name>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Choose the village</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Address (hamlet, lane, house number)</source>
        <translation>Address (hamlet, lane, house number)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A similar household already lives in this village. Is it the same one?</source>
        <translation>A similar household already lives in this village. Is it the same one?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Family name (Nguyễn, Trần…)</source>
        <translation>Family name (Nguyễn, Trần…)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Save anyway and add the members</source>
        <translation>Save anyway and add the members</translation>
    </message>
    <message>
        <source>Save and add the members</source>
        <translation>Save and add the members</translation>
    </message>
    <message>
        <source>Delete the household of %1?</source>
        <translation>Delete the household of %1?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln member(s), its clan links and this year&apos;s evaluations not yet decided are deleted too. You can undo it right after; other officers see the deletion once it is sent.</source>
        <translation>
            <numerusform>Its %Ln member, its clan links and this year&apos;s evaluations not yet decided are deleted too. You can undo it right after; other officers see the deletion once it is sent.</numerusform>
            <numerusform>Its %Ln members, its clan links and this year&apos;s evaluations not yet decided are deleted too. You can undo it right after; other officers see the deletion once it is sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Poverty list this year (for scholarships)</source>
        <translation>Poverty list this year (for scholarships)</translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Search name, address or phone</source>
        <translation>Search name, address or phone</translation>
    </message>
    <message>
        <source>No households yet. Add the first one with the + button.</source>
        <translation>No households yet. Add the first one with the + button.</translation>
    </message>
    <message>
        <source>No household matches the search.</source>
        <translation>No household matches the search.</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>Add a household</translation>
    </message>
    <message>
        <source>%L1 of %L2 households</source>
        <translation>%L1 of %L2 households</translation>
    </message>
    <message>
        <source>Tap a household in the list to see it here.</source>
        <translation>Tap a household in the list to see it here.</translation>
    </message>
    <message>
        <source>Opening the household list…</source>
        <translation>Opening the household list…</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Learning family %1</source>
        <translation>Learning family %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>Hand the phone to this household</source>
        <translation>Hand the phone to this household</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Evaluation, verification and recognition</translation>
    </message>
    <message>
        <source>Record a contribution to the study fund</source>
        <translation>Record a contribution to the study fund</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerPage</name>
    <message>
        <source>Choose a household</source>
        <translation>Choose a household</translation>
    </message>
    <message>
        <source>Search name, address or phone</source>
        <translation>Search name, address or phone</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in again</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Your login has expired. Your work is safe on this phone; log in again to send it.</source>
        <translation>Your login has expired. Your work is safe on this phone; log in again to send it.</translation>
    </message>
    <message>
        <source>Log in with the account the commune staff gave you. Everything you record is kept on this phone and works without a network.</source>
        <translation>Log in with the account the commune staff gave you. Everything you record is kept on this phone and works without a network.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Scan the server&apos;s code</source>
        <translation>Scan the server&apos;s code</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Khuyến Học</source>
        <translation>Khuyến Học</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Upgrading the data on this phone for the new version of the app. This is done once and can take a minute; do not close the app.</source>
        <translation>Upgrading the data on this phone for the new version of the app. This is done once and can take a minute; do not close the app.</translation>
    </message>
</context>
<context>
    <name>MemberFormPage</name>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Studying now</source>
        <translation>Studying now</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Literacy</translation>
    </message>
    <message>
        <source>Learning activities this year (separate with commas)</source>
        <translation>Learning activities this year (separate with commas)</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD), 12 digits</source>
        <translation>Citizen ID (CCCD), 12 digits</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Remove from household</source>
        <translation>Remove from household</translation>
    </message>
    <message>
        <source>Learning citizen %1</source>
        <translation>Learning citizen %1</translation>
    </message>
    <message>
        <source>Register for this year</source>
        <translation>Register for this year</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Evaluation, verification and recognition</translation>
    </message>
    <message>
        <source>Saved: %1. Now the next member.</source>
        <translation>Saved: %1. Now the next member.</translation>
    </message>
    <message>
        <source>Save and add another</source>
        <translation>Save and add another</translation>
    </message>
    <message>
        <source>Save, done</source>
        <translation>Save, done</translation>
    </message>
    <message>
        <source>Done: back to the household</source>
        <translation>Done: back to the household</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>Remove %1 from the household?</translation>
    </message>
    <message>
        <source>Their learning-citizen evaluation not yet decided is deleted too. You can undo it right after.</source>
        <translation>Their learning-citizen evaluation not yet decided is deleted too. You can undo it right after.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Orphan (has lost a parent or both)</source>
        <translation>Orphan (has lost a parent or both)</translation>
    </message>
    <message>
        <source>Lives with a disability</source>
        <translation>Lives with a disability</translation>
    </message>
</context>
<context>
    <name>OwnHouseholdPage</name>
    <message>
        <source>My household</source>
        <translation>My household</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>Your household&apos;s details come from the commune&apos;s server. Tap &quot;Sync&quot; above while the phone is online.</source>
        <translation>Your household&apos;s details come from the commune&apos;s server. Tap &quot;Sync&quot; above while the phone is online.</translation>
    </message>
    <message>
        <source>Learning family %1</source>
        <translation>Learning family %1</translation>
    </message>
    <message>
        <source>Our family&apos;s declaration</source>
        <translation>Our family&apos;s declaration</translation>
    </message>
    <message>
        <source>See our declaration</source>
        <translation>See our declaration</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <source>Something wrong or missing? Tell your village&apos;s officer: changes to the household are made by them.</source>
        <translation>Something wrong or missing? Tell your village&apos;s officer: changes to the household are made by them.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Choose a PIN</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits. It opens the app on this phone, also without a network. Do not use the same PIN as the phone&apos;s lock.</source>
        <translation>Choose a PIN of 4 to 8 digits. It opens the app on this phone, also without a network. Do not use the same PIN as the phone&apos;s lock.</translation>
    </message>
    <message>
        <source>%1, enter your PIN.</source>
        <translation>%1, enter your PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>Save the PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Another user, or log in with the password</source>
        <translation>Another user, or log in with the password</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Decision number, e.g. 45/QĐ-UBND</source>
        <translation>Decision number, e.g. 45/QĐ-UBND</translation>
    </message>
    <message>
        <source>Recognise all that pass</source>
        <translation>Recognise all that pass</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognised</source>
        <translation>
            <numerusform>%Ln recognised</numerusform>
            <numerusform>%Ln recognised</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing verified waits for a decision.</source>
        <translation>Nothing verified waits for a decision.</translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more.</source>
        <translation>
            <numerusform> and %Ln more.</numerusform>
            <numerusform> and %Ln more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>None of the verified evaluations passes yet.</source>
        <translation>None of the verified evaluations passes yet.</translation>
    </message>
    <message>
        <source>Recognise %1 under decision %2?</source>
        <extracomment>%1: how many pass and what they are (&quot;19 households&quot;); %2: the decision&apos;s number</extracomment>
        <translation>Recognise %1 under decision %2?</translation>
    </message>
    <message>
        <source>Recognise %1</source>
        <extracomment>%1: how many pass and what they are (&quot;19 households&quot;)</extracomment>
        <translation>Recognise %1</translation>
    </message>
    <message>
        <source>Not recognised, they do not pass:</source>
        <translation>Not recognised, they do not pass:</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Year-end report</source>
        <translation>Year-end report</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan the server&apos;s code</source>
        <translation>Scan the server&apos;s code</translation>
    </message>
    <message>
        <source>This code does not hold a server address. Aim at the code the server shows.</source>
        <translation>This code does not hold a server address. Aim at the code the server shows.</translation>
    </message>
    <message>
        <source>Aim the camera at the square code on the server&apos;s screen. The address is filled in by itself.</source>
        <translation>Aim the camera at the square code on the server&apos;s screen. The address is filled in by itself.</translation>
    </message>
    <message>
        <source>The camera cannot be used. Type or paste the address instead.</source>
        <translation>The camera cannot be used. Type or paste the address instead.</translation>
    </message>
    <message>
        <source>Type the address instead</source>
        <translation>Type the address instead</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Your family is registered for %1. Answer %2 short questions about your family&apos;s learning.</source>
        <translation>Your family is registered for %1. Answer %2 short questions about your family&apos;s learning.</translation>
    </message>
    <message>
        <source>Register your family for the title &quot;Learning family&quot; in %1, then answer %2 short questions.</source>
        <translation>Register your family for the title &quot;Learning family&quot; in %1, then answer %2 short questions.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>An officer has verified this year&apos;s assessment. Nothing more to do here.</source>
        <translation>An officer has verified this year&apos;s assessment. Nothing more to do here.</translation>
    </message>
    <message>
        <source>Yes, our family does</source>
        <translation>Yes, our family does</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>When you send, an officer of the village will check it with your family.</source>
        <translation>When you send, an officer of the village will check it with your family.</translation>
    </message>
    <message>
        <source>Send the self-assessment</source>
        <translation>Send the self-assessment</translation>
    </message>
    <message>
        <source>Thank you. Your self-assessment is saved and waits for the officer&apos;s verification.</source>
        <translation>Thank you. Your self-assessment is saved and waits for the officer&apos;s verification.</translation>
    </message>
    <message>
        <source>Officer: press and hold to take the phone back</source>
        <translation>Officer: press and hold to take the phone back</translation>
    </message>
    <message>
        <source>Back to the household</source>
        <translation>Back to the household</translation>
    </message>
    <message>
        <source>From your family&apos;s details: %1</source>
        <extracomment>Shown under a question the app could answer from the household&apos;s members</extracomment>
        <translation>From your family&apos;s details: %1</translation>
    </message>
    <message>
        <source>Officer&apos;s PIN</source>
        <translation>Officer&apos;s PIN</translation>
    </message>
    <message>
        <source>Take the phone back</source>
        <translation>Take the phone back</translation>
    </message>
    <message>
        <source>Answers not sent yet</source>
        <translation>Answers not sent yet</translation>
    </message>
    <message>
        <source>%1 of %2 questions are answered already, on this phone. Continue where you stopped.</source>
        <translation>%1 of %2 questions are answered already, on this phone. Continue where you stopped.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Your family meets %1 of %2 criteria (%3 points). Check your answers, then send.</source>
        <translation>Your family meets %1 of %2 criteria (%3 points). Check your answers, then send.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>▼ More below: slide up to read on</source>
        <translation>▼ More below: slide up to read on</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Save the address</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <extracomment>The name of the Vietnamese language in Vietnamese, shown as is in every UI language</extracomment>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The name of the English language in English, shown as is in every UI language</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Lock, or change user</source>
        <translation>Lock, or change user</translation>
    </message>
    <message>
        <source>Signed in as %1 (user name %2)</source>
        <extracomment>%1: the person&apos;s name as staff wrote it; %2: the user name they sign in with</extracomment>
        <translation>Signed in as %1 (user name %2)</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this phone</source>
        <translation>Set up this phone</translation>
    </message>
    <message>
        <source>Everything you record is kept on this phone and works without a network. Tell the app where to send it and which communes you work in.</source>
        <translation>Everything you record is kept on this phone and works without a network. Tell the app where to send it and which communes you work in.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Your name (shown to colleagues)</source>
        <translation>Your name (shown to colleagues)</translation>
    </message>
    <message>
        <source>Communes you work in</source>
        <translation>Communes you work in</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Search a commune, e.g. phu loc</source>
        <translation>Search a commune, e.g. phu loc</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln change refused</numerusform>
            <numerusform>%Ln changes refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) not sent yet</source>
        <translation>
            <numerusform>%Ln record not sent yet</numerusform>
            <numerusform>%Ln records not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nothing waiting to be sent</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Everything on this phone has reached the server</source>
        <translation>Everything on this phone has reached the server</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Last sync finished</source>
        <translation>Last sync finished</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>Changes the server refused (%1)</translation>
    </message>
    <message>
        <source>Sync automatically when the network is back</source>
        <translation>Sync automatically when the network is back</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln conflict(s)</source>
        <translation>
            <numerusform>Review %Ln conflict</numerusform>
            <numerusform>Review %Ln conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Log in again</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln record waiting to be sent</numerusform>
            <numerusform>%Ln records waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting or needing you (%1)</source>
        <translation>Waiting or needing you (%1)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Who is using the phone?</source>
        <translation>Who is using the phone?</translation>
    </message>
    <message>
        <source>Add a user (log in)</source>
        <translation>Add a user (log in)</translation>
    </message>
</context>
<context>
    <name>VerificationQueuePage</name>
    <message>
        <source>Waiting for verification</source>
        <translation>Waiting for verification</translation>
    </message>
    <message>
        <source>Nothing waits for verification.</source>
        <translation>Nothing waits for verification.</translation>
    </message>
</context>
<context>
    <name>VillageFormPage</name>
    <message>
        <source>New village</source>
        <translation>New village</translation>
    </message>
    <message>
        <source>Edit village</source>
        <translation>Edit village</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Name, e.g. Thôn Phú Lộc</source>
        <translation>Name, e.g. Thôn Phú Lộc</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Households of this village</source>
        <translation>Households of this village</translation>
    </message>
    <message>
        <source>Learning village community %1</source>
        <translation>Learning village community %1</translation>
    </message>
    <message>
        <source>Register for this year</source>
        <translation>Register for this year</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Evaluation, verification and recognition</translation>
    </message>
</context>
<context>
    <name>VillageListPage</name>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>No villages yet. Add the villages and residential groups of your commune with the + button.</source>
        <translation>No villages yet. Add the villages and residential groups of your commune with the + button.</translation>
    </message>
    <message>
        <source>Add a village</source>
        <translation>Add a village</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln household(s)</source>
        <translation>
            <numerusform>%1 · %Ln household</numerusform>
            <numerusform>%1 · %Ln households</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a village in the list to see it here.</source>
        <translation>Tap a village in the list to see it here.</translation>
    </message>
</context>
<context>
    <name>kh::app::AreaReportController</name>
    <message>
        <source>Not fetched yet</source>
        <translation>Not fetched yet</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Figures of %1</translation>
    </message>
    <message>
        <source>%1 of %2 recognised (%3%)</source>
        <translation>%1 of %2 recognised (%3%)</translation>
    </message>
    <message>
        <source>target %1%</source>
        <translation>target %1%</translation>
    </message>
    <message>
        <source>province %1%</source>
        <translation>province %1%</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Cannot reach the server; the figures below are the last ones fetched.</source>
        <translation>Cannot reach the server; the figures below are the last ones fetched.</translation>
    </message>
    <message>
        <source>Log in again to fetch the figures.</source>
        <translation>Log in again to fetch the figures.</translation>
    </message>
    <message>
        <source>The server refused (%1).</source>
        <translation>The server refused (%1).</translation>
    </message>
    <message>
        <source>received %1 · paid %2 · balance %3</source>
        <translation>received %1 · paid %2 · balance %3</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n award</numerusform>
            <numerusform>%n awards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n awaiting approval</numerusform>
            <numerusform>%n awaiting approval</numerusform>
        </translation>
    </message>
    <message>
        <source>Study funds</source>
        <translation>Study funds</translation>
    </message>
</context>
<context>
    <name>kh::app::ClanForm</name>
    <message>
        <source>Enter the clan&apos;s name, for example Họ Nguyễn</source>
        <translation>Enter the clan&apos;s name, for example Họ Nguyễn</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Too long: at most %1 characters</translation>
    </message>
    <message>
        <source>Choose at least one village where the clan lives</source>
        <translation>Choose at least one village where the clan lives</translation>
    </message>
    <message>
        <source>%1 taken out of the clan</source>
        <extracomment>Shown after taking a household out of a clan, with an Undo button</extracomment>
        <translation>%1 taken out of the clan</translation>
    </message>
</context>
<context>
    <name>kh::app::ConflictModel</name>
    <message>
        <source>this phone</source>
        <translation>this phone</translation>
    </message>
    <message>
        <source>another phone</source>
        <translation>another phone</translation>
    </message>
    <message>
        <source>A record deleted since</source>
        <translation>A record deleted since</translation>
    </message>
</context>
<context>
    <name>kh::app::DashboardController</name>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>All communes on this phone</source>
        <translation>All communes on this phone</translation>
    </message>
    <message>
        <source>no figures for %1</source>
        <translation>no figures for %1</translation>
    </message>
    <message numerus="yes">
        <source>up %n percentage point(s) since %1</source>
        <extracomment>A rate&apos;s change since last year, in percentage points (&quot;tăng 4 điểm phần trăm so với 2025&quot;)</extracomment>
        <translation>
            <numerusform>up %n percentage point since %1</numerusform>
            <numerusform>up %n percentage points since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n percentage point(s) since %1</source>
        <translation>
            <numerusform>down %n percentage point since %1</numerusform>
            <numerusform>down %n percentage points since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the same as in %1</source>
        <translation>the same as in %1</translation>
    </message>
</context>
<context>
    <name>kh::app::DraftListModel</name>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>New household: %1</source>
        <translation>New household: %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>New member of household %1</source>
        <translation>New member of household %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>New village: %1</source>
        <translation>New village: %1</translation>
    </message>
    <message>
        <source>New clan: %1</source>
        <translation>New clan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Self-assessment of household %1 (%Ln answer(s))</source>
        <extracomment>A self-assessment answered in part, not sent yet</extracomment>
        <translation>
            <numerusform>Self-assessment of household %1 (%Ln answer)</numerusform>
            <numerusform>Self-assessment of household %1 (%Ln answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kh::app::EvaluationController</name>
    <message>
        <source>Learning family</source>
        <translation>Learning family</translation>
    </message>
    <message>
        <source>Learning clan</source>
        <translation>Learning clan</translation>
    </message>
    <message>
        <source>Learning village community</source>
        <translation>Learning village community</translation>
    </message>
    <message>
        <source>Learning unit</source>
        <translation>Learning unit</translation>
    </message>
    <message>
        <source>Learning citizen</source>
        <translation>Learning citizen</translation>
    </message>
    <message>
        <source>Learning commune community</source>
        <translation>Learning commune community</translation>
    </message>
    <message>
        <source>Passes: %1 points</source>
        <translation>Passes: %1 points</translation>
    </message>
    <message>
        <source>Does not pass yet: %1 points</source>
        <translation>Does not pass yet: %1 points</translation>
    </message>
    <message>
        <source>Does not reach level 1 yet</source>
        <translation>Does not reach level 1 yet</translation>
    </message>
    <message>
        <source>Every criterion met</source>
        <translation>Every criterion met</translation>
    </message>
    <message>
        <source>Some criteria not met yet</source>
        <translation>Some criteria not met yet</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Decision %1 of %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <extracomment>The criteria set of an evaluation: %1 its title, %2 its version number</extracomment>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 (self-assessed, not verified yet)</source>
        <translation>%1 (self-assessed, not verified yet)</translation>
    </message>
    <message>
        <source>%1 (nothing declared yet)</source>
        <translation>%1 (nothing declared yet)</translation>
    </message>
</context>
<context>
    <name>kh::app::EvaluationListModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognised under decision %1</source>
        <extracomment>Shown after recognising many at once, with an Undo button</extracomment>
        <translation>
            <numerusform>%Ln recognised under decision %1</numerusform>
            <numerusform>%Ln recognised under decision %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clan(s)</source>
        <translation>
            <numerusform>%Ln clan</numerusform>
            <numerusform>%Ln clans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln evaluation</numerusform>
            <numerusform>%Ln evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kh::app::Fields</name>
    <message>
        <source>Family name of the head</source>
        <translation>Family name of the head</translation>
    </message>
    <message>
        <source>Middle name of the head</source>
        <translation>Middle name of the head</translation>
    </message>
    <message>
        <source>Given name of the head</source>
        <translation>Given name of the head</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Studying now</source>
        <translation>Studying now</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Literacy</translation>
    </message>
    <message>
        <source>Learning activities</source>
        <translation>Learning activities</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD)</source>
        <translation>Citizen ID (CCCD)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Head of the clan</source>
        <translation>Head of the clan</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>kh::app::FundController</name>
    <message>
        <source>Balance on 1 January</source>
        <translation>Balance on 1 January</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>Received this year</translation>
    </message>
    <message>
        <source>Paid out this year</source>
        <translation>Paid out this year</translation>
    </message>
    <message>
        <source>Outside any programme</source>
        <translation>Outside any programme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s)</source>
        <translation>
            <numerusform>%Ln award</numerusform>
            <numerusform>%Ln awards</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>Approved %1</translation>
    </message>
    <message>
        <source>Choose the fund first.</source>
        <translation>Choose the fund first.</translation>
    </message>
    <message>
        <source>Enter the amount in đồng, for example 200.000.</source>
        <translation>Enter the amount in đồng, for example 200.000.</translation>
    </message>
    <message>
        <source>Enter who gives.</source>
        <translation>Enter who gives.</translation>
    </message>
    <message>
        <source>Say which goods were given.</source>
        <translation>Say which goods were given.</translation>
    </message>
    <message>
        <source>%1 per award</source>
        <translation>%1 per award</translation>
    </message>
    <message>
        <source>Paid, voucher %1</source>
        <translation>Paid, voucher %1</translation>
    </message>
    <message>
        <source>Approved, to be paid</source>
        <translation>Approved, to be paid</translation>
    </message>
    <message>
        <source>Proposed, awaiting approval</source>
        <translation>Proposed, awaiting approval</translation>
    </message>
    <message>
        <source>Enter the day as dd/mm/yyyy, for example %1.</source>
        <translation>Enter the day as dd/mm/yyyy, for example %1.</translation>
    </message>
    <message>
        <source>The books close on a day that has passed, not a future one.</source>
        <translation>The books close on a day that has passed, not a future one.</translation>
    </message>
    <message>
        <source>The register has no one new for this programme.</source>
        <translation>The register has no one new for this programme.</translation>
    </message>
    <message>
        <source>The receipt is not on this phone.</source>
        <translation>The receipt is not on this phone.</translation>
    </message>
    <message>
        <source>Could not save the receipt (%1).</source>
        <translation>Could not save the receipt (%1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Receipts awaiting approval</source>
        <translation>Receipts awaiting approval</translation>
    </message>
    <message>
        <source>Awards awaiting approval</source>
        <translation>Awards awaiting approval</translation>
    </message>
    <message>
        <source>Goods received (value)</source>
        <translation>Goods received (value)</translation>
    </message>
    <message>
        <source>Goods given (value)</source>
        <translation>Goods given (value)</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · %3</source>
        <translation>Receipt %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Numbered %1</source>
        <translation>Numbered %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>decision %1</translation>
    </message>
    <message>
        <source>Payment %1 · %2 · %3</source>
        <translation>Payment %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Say why the entry is cancelled.</source>
        <translation>Say why the entry is cancelled.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>%1 (anonymous on public lists)</source>
        <translation>%1 (anonymous on public lists)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln year(s) old</source>
        <translation>
            <numerusform>%1, %Ln year old</numerusform>
            <numerusform>%1, %Ln years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Declined: %1 (%2)</source>
        <extracomment>%1: the commune&apos;s reason; %2: a day, dd/mm/yyyy</extracomment>
        <translation>Declined: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>gave %Ln time(s)</source>
        <translation>
            <numerusform>gave %Ln time</numerusform>
            <numerusform>gave %Ln times</numerusform>
        </translation>
    </message>
    <message>
        <source>That giver is not in this phone&apos;s books any more: type the name again.</source>
        <translation>That giver is not in this phone&apos;s books any more: type the name again.</translation>
    </message>
    <message>
        <source>Enter the giver&apos;s full name, as it goes on the receipt.</source>
        <translation>Enter the giver&apos;s full name, as it goes on the receipt.</translation>
    </message>
</context>
<context>
    <name>kh::app::HouseholdForm</name>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Too long: at most %1 characters</translation>
    </message>
    <message>
        <source>Choose the village</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <source>Enter the given name of the head of household</source>
        <translation>Enter the given name of the head of household</translation>
    </message>
    <message>
        <source>Not a Vietnamese phone number: 10 digits starting with 03, 05, 07, 08 or 09</source>
        <translation>Not a Vietnamese phone number: 10 digits starting with 03, 05, 07, 08 or 09</translation>
    </message>
    <message>
        <source>Household %1 deleted</source>
        <extracomment>Shown after deleting a household, with an Undo button</extracomment>
        <translation>Household %1 deleted</translation>
    </message>
</context>
<context>
    <name>kh::app::Labels</name>
    <message>
        <source>Not given</source>
        <extracomment>Literacy levels of Vietnam&apos;s literacy programme (mức độ 1 = grade 3 equivalent)
----------
A household&apos;s place on the commune&apos;s poverty list (danh sách hộ nghèo, hộ cận nghèo) this year
----------
Kinds of village-level places: thôn, ấp, bản, buôn, tổ dân phố</extracomment>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>Son- or daughter-in-law</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Lower secondary</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Upper secondary</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Vocational</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <source>Cannot read and write</source>
        <translation>Cannot read and write</translation>
    </message>
    <message>
        <source>Literate, level 1</source>
        <translation>Literate, level 1</translation>
    </message>
    <message>
        <source>Literate, level 2</source>
        <translation>Literate, level 2</translation>
    </message>
    <message>
        <source>Village (thôn)</source>
        <translation>Village (thôn)</translation>
    </message>
    <message>
        <source>Hamlet (ấp)</source>
        <translation>Hamlet (ấp)</translation>
    </message>
    <message>
        <source>Mountain village (bản)</source>
        <translation>Mountain village (bản)</translation>
    </message>
    <message>
        <source>Highland village (buôn)</source>
        <translation>Highland village (buôn)</translation>
    </message>
    <message>
        <source>Residential group</source>
        <translation>Residential group</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Self-declared</source>
        <translation>Self-declared</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <extracomment>The household filled its self-assessment; an officer has not verified it yet</extracomment>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Village officer</source>
        <translation>Village officer</translation>
    </message>
    <message>
        <source>Commune staff</source>
        <translation>Commune staff</translation>
    </message>
    <message>
        <source>Provincial staff</source>
        <translation>Provincial staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>A record changed on this phone, not yet on the server</extracomment>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Conflict</source>
        <extracomment>Two people changed the same field: someone must choose</extracomment>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>The server did not accept the change</extracomment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>Not on the list</translation>
    </message>
    <message>
        <source>Near-poor household</source>
        <translation>Near-poor household</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <source>Clan %1</source>
        <translation>Clan %1</translation>
    </message>
    <message>
        <source>Village %1</source>
        <translation>Village %1</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>A criteria item answered from the household&apos;s members: the item is met</extracomment>
        <translation>met</translation>
    </message>
    <message>
        <source>not met yet</source>
        <extracomment>A criteria item answered from the household&apos;s members: the item is not met</extracomment>
        <translation>not met yet</translation>
    </message>
    <message>
        <source>No children of compulsory-school age (6–14) — %1</source>
        <translation>No children of compulsory-school age (6–14) — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of school age, all at school — %1</source>
        <translation>
            <numerusform>%n child of school age, at school — %1</numerusform>
            <numerusform>%n children of school age, all at school — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of school age, %1 at school — %2</source>
        <translation>
            <numerusform>%n child of school age, %1 at school — %2</numerusform>
            <numerusform>%n children of school age, %1 at school — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody aged 19–60 — %1</source>
        <translation>Nobody aged 19–60 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) aged 19–60, literacy not recorded for %1</source>
        <translation>
            <numerusform>%n person aged 19–60, literacy not recorded for %1</numerusform>
            <numerusform>%n people aged 19–60, literacy not recorded for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) aged 19–60, %1 literate — %2</source>
        <translation>
            <numerusform>%n person aged 19–60, %1 literate — %2</numerusform>
            <numerusform>%n people aged 19–60, %1 literate — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) aged 19–60, %1 learning something this year — %2</source>
        <translation>
            <numerusform>%n person aged 19–60, %1 learning something this year — %2</numerusform>
            <numerusform>%n people aged 19–60, %1 learning something this year — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>%1/%2 households are learning families (%3%, %4% needed) — %5</source>
        <translation>%1/%2 households are learning families (%3%, %4% needed) — %5</translation>
    </message>
    <message>
        <source>%1/%2 members are learning citizens (%3%, %4% needed) — %5</source>
        <translation>%1/%2 members are learning citizens (%3%, %4% needed) — %5</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Organisation or association</source>
        <translation>Organisation or association</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Agency or school</source>
        <translation>Agency or school</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Ethnic minority</translation>
    </message>
    <message>
        <source>Good student</source>
        <translation>Good student</translation>
    </message>
    <message>
        <source>Good teacher</source>
        <translation>Good teacher</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>Hardship</translation>
    </message>
    <message numerus="yes">
        <source>Not every item assessed yet (%Ln left)</source>
        <translation>
            <numerusform>Not every item assessed yet (%Ln left)</numerusform>
            <numerusform>Not every item assessed yet (%Ln left)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in all, at least %2 needed</source>
        <extracomment>%1: the points; %2: the minimum total</extracomment>
        <translation>%1 points in all, at least %2 needed</translation>
    </message>
    <message>
        <source>Item %1: %2 points, below %3</source>
        <extracomment>%1: an item&apos;s number (&quot;2.2&quot;); %2: its points; %3: the minimum per item</extracomment>
        <translation>Item %1: %2 points, below %3</translation>
    </message>
    <message>
        <source>Required item %1 not met</source>
        <translation>Required item %1 not met</translation>
    </message>
    <message>
        <source>Item %1 not met</source>
        <translation>Item %1 not met</translation>
    </message>
    <message>
        <source>Not every criterion of level 1 met</source>
        <translation>Not every criterion of level 1 met</translation>
    </message>
    <message>
        <source>The criteria set has no rule to pass by</source>
        <translation>The criteria set has no rule to pass by</translation>
    </message>
</context>
<context>
    <name>kh::app::MemberForm</name>
    <message>
        <source>Enter the given name</source>
        <translation>Enter the given name</translation>
    </message>
    <message>
        <source>Birth year must be a year between 1900 and %1</source>
        <translation>Birth year must be a year between 1900 and %1</translation>
    </message>
    <message>
        <source>A citizen ID (CCCD) has 12 digits and matches the birth year</source>
        <translation>A citizen ID (CCCD) has 12 digits and matches the birth year</translation>
    </message>
    <message>
        <source>At most 100 activities</source>
        <translation>At most 100 activities</translation>
    </message>
    <message>
        <source>The member must belong to a household</source>
        <translation>The member must belong to a household</translation>
    </message>
    <message>
        <source>%1 removed from the household</source>
        <extracomment>Shown after removing a member, with an Undo button</extracomment>
        <translation>%1 removed from the household</translation>
    </message>
</context>
<context>
    <name>kh::app::MemberListModel</name>
    <message>
        <source>studying now</source>
        <translation>studying now</translation>
    </message>
</context>
<context>
    <name>kh::app::PendingListModel</name>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>Member of household %1</source>
        <translation>Member of household %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>A model&apos;s evaluation of one subject: &quot;Gia đình học tập 2026: Nguyễn Văn Hùng&quot;</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Your choice in a conflict</source>
        <translation>Your choice in a conflict</translation>
    </message>
    <message>
        <source>Deleted on this phone</source>
        <translation>Deleted on this phone</translation>
    </message>
    <message>
        <source>Household %1 in %2</source>
        <extracomment>%1 a household, %2 its clan as a clan is named in lists (&quot;Họ Nguyễn&quot;, &quot;Clan Nguyễn&quot;)</extracomment>
        <translation>Household %1 in %2</translation>
    </message>
</context>
<context>
    <name>kh::app::Profiles</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %Ln minute.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %Ln minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. The first login needs the network; try where the signal is better.</source>
        <translation>Cannot reach the server. The first login needs the network; try where the signal is better.</translation>
    </message>
    <message>
        <source>The server could not log you in (%1).</source>
        <translation>The server could not log you in (%1).</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>The PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Choose a PIN that is not one digit repeated.</source>
        <translation>Choose a PIN that is not one digit repeated.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %Ln second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Wait %Ln second.</numerusform>
            <numerusform>Too many wrong PINs. Wait %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in with your password (this needs the network).</source>
        <translation>Log in with your password (this needs the network).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: log in again with your password. Your data is still on this phone.</source>
        <translation>Too many wrong PINs: log in again with your password. Your data is still on this phone.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Wait %Ln second(s) before the next try.</source>
        <translation>
            <numerusform>Wrong PIN. Wait %Ln second before the next try.</numerusform>
            <numerusform>Wrong PIN. Wait %Ln seconds before the next try.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>The commune staff revoked this phone for %1. Their data has been removed from this phone.</source>
        <translation>The commune staff revoked this phone for %1. Their data has been removed from this phone.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled (ask the commune staff).</source>
        <translation>Wrong user name or password, or the account is disabled (ask the commune staff).</translation>
    </message>
    <message>
        <source>The data on this phone belongs to another account. Use “Add a user” to log in with this one.</source>
        <translation>The data on this phone belongs to another account. Use “Add a user” to log in with this one.</translation>
    </message>
</context>
<context>
    <name>kh::app::RollupController</name>
    <message>
        <source>target %1%</source>
        <translation>target %1%</translation>
    </message>
    <message>
        <source>national target %1% · province %2%</source>
        <translation>national target %1% · province %2%</translation>
    </message>
</context>
<context>
    <name>kh::app::SavedFiles</name>
    <message>
        <source>Saved as %1 in the Documents folder</source>
        <extracomment>%1: the file&apos;s name, e.g. bao-cao-hoc-tap-2026.pdf</extracomment>
        <translation>Saved as %1 in the Documents folder</translation>
    </message>
    <message>
        <source>Saved as %1 in the app&apos;s folder</source>
        <translation>Saved as %1 in the app&apos;s folder</translation>
    </message>
</context>
<context>
    <name>kh::app::SelfAssessment</name>
    <message>
        <source>An officer has already verified this year&apos;s assessment; it can no longer be changed here.</source>
        <translation>An officer has already verified this year&apos;s assessment; it can no longer be changed here.</translation>
    </message>
    <message>
        <source>Answer every item first (%1 of %2 answered).</source>
        <translation>Answer every item first (%1 of %2 answered).</translation>
    </message>
</context>
<context>
    <name>kh::app::SyncController</name>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Synced today at %1</source>
        <translation>Synced today at %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Sending: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving: %1 records</source>
        <translation>Receiving: %1 records</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>No server address yet</source>
        <translation>No server address yet</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Cannot reach the server</translation>
    </message>
    <message>
        <source>The network is too slow, the sync stopped</source>
        <translation>The network is too slow, the sync stopped</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>The server refused the request</translation>
    </message>
    <message>
        <source>The server has a problem</source>
        <translation>The server has a problem</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>The server&apos;s answer could not be read</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full</source>
        <translation>The phone&apos;s storage is full</translation>
    </message>
    <message>
        <source>Some changes were refused by the server</source>
        <translation>Some changes were refused by the server</translation>
    </message>
    <message>
        <source>Enter the server address in Settings, then sync again.</source>
        <translation>Enter the server address in Settings, then sync again.</translation>
    </message>
    <message>
        <source>Check the mobile signal or Wi-Fi. Your work is safe on this phone and will be sent automatically when the network is back.</source>
        <translation>Check the mobile signal or Wi-Fi. Your work is safe on this phone and will be sent automatically when the network is back.</translation>
    </message>
    <message>
        <source>Try again where the signal is better. What already reached the server is kept; the next sync continues from there.</source>
        <translation>Try again where the signal is better. What already reached the server is kept; the next sync continues from there.</translation>
    </message>
    <message>
        <source>Check the server address in Settings. If it is right, tell the commune staff.</source>
        <translation>Check the server address in Settings. If it is right, tell the commune staff.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps failing, tell the commune staff.</source>
        <translation>Try again in a few minutes. If it keeps failing, tell the commune staff.</translation>
    </message>
    <message>
        <source>The server address may be wrong, or a Wi-Fi login page got in the way. Check the address in Settings.</source>
        <translation>The server address may be wrong, or a Wi-Fi login page got in the way. Check the address in Settings.</translation>
    </message>
    <message>
        <source>The refused changes stay on this phone. See the list below and correct them, or tell the commune staff.</source>
        <translation>The refused changes stay on this phone. See the list below and correct them, or tell the commune staff.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln received</numerusform>
            <numerusform>%Ln received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Some information is not valid</source>
        <translation>Some information is not valid</translation>
    </message>
    <message>
        <source>The phone&apos;s clock is wrong; the change is sent again with the right time</source>
        <translation>The phone&apos;s clock is wrong; the change is sent again with the right time</translation>
    </message>
    <message>
        <source>It refers to a village or household the server does not have (deleted elsewhere?)</source>
        <translation>It refers to a village or household the server does not have (deleted elsewhere?)</translation>
    </message>
    <message>
        <source>This information can only be changed by the commune or the server</source>
        <translation>This information can only be changed by the commune or the server</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Your account may not make this change</source>
        <translation>Your account may not make this change</translation>
    </message>
    <message>
        <source>Log in again to send your work</source>
        <translation>Log in again to send your work</translation>
    </message>
    <message>
        <source>This phone&apos;s access was revoked</source>
        <translation>This phone&apos;s access was revoked</translation>
    </message>
    <message>
        <source>Your account may not see this area</source>
        <translation>Your account may not see this area</translation>
    </message>
    <message>
        <source>Your login has expired. Your work is safe on this phone; log in again with your password when there is a network, and it will be sent.</source>
        <translation>Your login has expired. Your work is safe on this phone; log in again with your password when there is a network, and it will be sent.</translation>
    </message>
    <message>
        <source>The commune staff revoked this phone for your account. Your data has been removed from it; ask them for access again.</source>
        <translation>The commune staff revoked this phone for your account. Your data has been removed from it; ask them for access again.</translation>
    </message>
    <message>
        <source>Ask the commune staff to give your account this area.</source>
        <translation>Ask the commune staff to give your account this area.</translation>
    </message>
    <message>
        <source>You stopped the sync</source>
        <translation>You stopped the sync</translation>
    </message>
    <message>
        <source>What already reached the server is kept. The rest waits on this phone; sync again when you want.</source>
        <translation>What already reached the server is kept. The rest waits on this phone; sync again when you want.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent</source>
        <translation>
            <numerusform>%Ln record sent</numerusform>
            <numerusform>%Ln records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving %1 of %Ln record(s) (%2%)</source>
        <comment>sync progress</comment>
        <extracomment>While a sync downloads records: received so far, of how many in all, and the percentage. &quot;Receiving 12,000 of 50,000 records (24%)&quot;</extracomment>
        <translation>
            <numerusform>Receiving %1 of %Ln record (%2%)</numerusform>
            <numerusform>Receiving %1 of %Ln records (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete some photos, videos or apps you do not need, then sync again. Nothing has been lost: what was already received stays on this phone, and the next sync continues from there.</source>
        <translation>Delete some photos, videos or apps you do not need, then sync again. Nothing has been lost: what was already received stays on this phone, and the next sync continues from there.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conflict(s)</source>
        <translation>
            <numerusform>%Ln new conflict</numerusform>
            <numerusform>%Ln new conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kh::app::UserMessage</name>
    <message>
        <source>This evaluation no longer exists on this phone.</source>
        <translation>This evaluation no longer exists on this phone.</translation>
    </message>
    <message>
        <source>The result has been decided. Reopen it first to change anything.</source>
        <translation>The result has been decided. Reopen it first to change anything.</translation>
    </message>
    <message>
        <source>This phone does not have the criteria set yet: sync first.</source>
        <translation>This phone does not have the criteria set yet: sync first.</translation>
    </message>
    <message>
        <source>Not registered for this year: register first.</source>
        <translation>Not registered for this year: register first.</translation>
    </message>
    <message>
        <source>Already verified: the self-assessment can no longer change.</source>
        <translation>Already verified: the self-assessment can no longer change.</translation>
    </message>
    <message>
        <source>This item is not in the criteria set.</source>
        <translation>This item is not in the criteria set.</translation>
    </message>
    <message>
        <source>More points than the item allows.</source>
        <translation>More points than the item allows.</translation>
    </message>
    <message>
        <source>Nothing to verify: the self-assessment has not been sent yet.</source>
        <translation>Nothing to verify: the self-assessment has not been sent yet.</translation>
    </message>
    <message>
        <source>You filled in this self-assessment on this phone: another officer must verify it.</source>
        <translation>You filled in this self-assessment on this phone: another officer must verify it.</translation>
    </message>
    <message>
        <source>Verify every item first.</source>
        <translation>Verify every item first.</translation>
    </message>
    <message>
        <source>Not verified yet: an officer verifies before the commune decides.</source>
        <translation>Not verified yet: an officer verifies before the commune decides.</translation>
    </message>
    <message>
        <source>The verified result does not pass: it cannot be recognised as achieved.</source>
        <translation>The verified result does not pass: it cannot be recognised as achieved.</translation>
    </message>
    <message>
        <source>Enter the decision number.</source>
        <translation>Enter the decision number.</translation>
    </message>
    <message>
        <source>Nothing to reopen: no decision yet.</source>
        <translation>Nothing to reopen: no decision yet.</translation>
    </message>
    <message>
        <source>Say why it is reopened.</source>
        <translation>Say why it is reopened.</translation>
    </message>
    <message>
        <source>That criteria set does not apply here.</source>
        <translation>That criteria set does not apply here.</translation>
    </message>
    <message>
        <source>Your account may not take this decision: the commune staff decide.</source>
        <translation>Your account may not take this decision: the commune staff decide.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the data cannot be opened. Free some space and try again.</source>
        <translation>The phone&apos;s storage is full: the data cannot be opened. Free some space and try again.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: nothing was saved. Free some space and try again.</source>
        <translation>The phone&apos;s storage is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>Could not delete (%1).</source>
        <translation>Could not delete (%1).</translation>
    </message>
    <message>
        <source>Could not resolve the conflict (%1).</source>
        <translation>Could not resolve the conflict (%1).</translation>
    </message>
    <message>
        <source>Cannot open the data on this phone (%1).</source>
        <translation>Cannot open the data on this phone (%1).</translation>
    </message>
    <message>
        <source>Could not save (%1).</source>
        <translation>Could not save (%1).</translation>
    </message>
    <message>
        <source>The fund&apos;s books are closed through %1: nothing dated on or before it can be recorded. Ask the commune&apos;s association.</source>
        <translation>The fund&apos;s books are closed through %1: nothing dated on or before it can be recorded. Ask the commune&apos;s association.</translation>
    </message>
    <message>
        <source>A receipt or payment is never changed or deleted: cancel it with a reason and record it again.</source>
        <translation>A receipt or payment is never changed or deleted: cancel it with a reason and record it again.</translation>
    </message>
    <message>
        <source>It is approved already.</source>
        <translation>It is approved already.</translation>
    </message>
    <message>
        <source>It is cancelled already.</source>
        <translation>It is cancelled already.</translation>
    </message>
    <message>
        <source>Your account may not do this: the commune&apos;s association does.</source>
        <translation>Your account may not do this: the commune&apos;s association does.</translation>
    </message>
    <message>
        <source>The award is not approved yet: the commune approves it before it is paid.</source>
        <translation>The award is not approved yet: the commune approves it before it is paid.</translation>
    </message>
    <message>
        <source>The award is paid already.</source>
        <translation>The award is paid already.</translation>
    </message>
    <message>
        <source>That official number is already on voucher %1 of this fund.</source>
        <translation>That official number is already on voucher %1 of this fund.</translation>
    </message>
    <message>
        <source>The commune declined this award: it is not approved or paid.</source>
        <translation>The commune declined this award: it is not approved or paid.</translation>
    </message>
</context>
<context>
    <name>kh::app::VillageForm</name>
    <message>
        <source>Enter the village&apos;s name</source>
        <translation>Enter the village&apos;s name</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Too long: at most %1 characters</translation>
    </message>
    <message>
        <source>Choose the commune</source>
        <translation>Choose the commune</translation>
    </message>
</context>
<context>
    <name>kh::app::VillageListModel</name>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
</context>
<context>
    <name>kh::app::Workspace</name>
    <message>
        <source>Enter the server address, for example http://192.168.1.10:8080</source>
        <translation>Enter the server address, for example http://192.168.1.10:8080</translation>
    </message>
    <message>
        <source>This is not a server address. It looks like http://192.168.1.10:8080</source>
        <translation>This is not a server address. It looks like http://192.168.1.10:8080</translation>
    </message>
    <message>
        <source>Choose at least one commune you work in.</source>
        <translation>Choose at least one commune you work in.</translation>
    </message>
    <message>
        <source>Unknown commune code %1.</source>
        <translation>Unknown commune code %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your area (its name arrives with the first sync)</source>
        <translation>Your area (its name arrives with the first sync)</translation>
    </message>
</context>
</TS>
