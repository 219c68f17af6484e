<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>%1 of %n region(s) shown: those offering the checked types</source>
        <translation>
            <numerusform>%1 of %n region shown: those offering the checked types</numerusform>
            <numerusform>%1 of %n regions shown: those offering the checked types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ActionCall</name>
    <message numerus="yes">
        <source>Not done: the server refused %n request(s) because of its rate limit (HTTP 429). Nothing was changed; you can try again later.</source>
        <translation>
            <numerusform>Not done: the server refused %n request because of its rate limit (HTTP 429). Nothing was changed; you can try again later.</numerusform>
            <numerusform>Not done: the server refused %n requests because of its rate limit (HTTP 429). Nothing was changed; you can try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been rented (a double rental), or someone else rented at the same time. Review them and release the ones you do not want.</source>
        <translation>
            <numerusform>WARNING: %n new number appeared in your active numbers (%1): more than one number may have been rented (a double rental), or someone else rented at the same time. Review it and release it if you do not want it.</numerusform>
            <numerusform>WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been rented (a double rental), or someone else rented at the same time. Review them and release the ones you do not want.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ActivePanel</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n number(s): %1</source>
        <translation>
            <numerusform>Showing %n number: %1</numerusform>
            <numerusform>Showing %n numbers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) not understood</source>
        <translation>
            <numerusform>%n price not understood</numerusform>
            <numerusform>%n prices not understood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active numbers: %n</source>
        <translation>
            <numerusform>Active numbers: %n</numerusform>
            <numerusform>Active numbers: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n number(s), %1</source>
        <translation>
            <numerusform>Shown: %n number, %1</numerusform>
            <numerusform>Shown: %n numbers, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n number(s), %1</source>
        <translation>
            <numerusform>Selected: %n number, %1</numerusform>
            <numerusform>Selected: %n numbers, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No active number matches: %1 (among %n number(s) in the inventory). Clear the find field, choose “All” in the filters or press “Show all” to see more.</source>
        <translation>
            <numerusform>No active number matches: %1 (among %n number in the inventory). Clear the find field, choose “All” in the filters or press “Show all” to see more.</numerusform>
            <numerusform>No active number matches: %1 (among %n numbers in the inventory). Clear the find field, choose “All” in the filters or press “Show all” to see more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1</source>
        <translation>
            <numerusform>Exported %n number to %1</numerusform>
            <numerusform>Exported %n numbers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ActivityDialog</name>
    <message numerus="yes">
        <source>%n action(s) were interrupted: NumberDesk stopped before their outcome was known. They are highlighted below. Check each number&apos;s state (for example, whether it is in your active numbers) before you try the action again.</source>
        <translation>
            <numerusform>%n action was interrupted: NumberDesk stopped before its outcome was known. It is highlighted below. Check the number&apos;s state (for example, whether it is in your active numbers) before you try the action again.</numerusform>
            <numerusform>%n actions were interrupted: NumberDesk stopped before their outcome was known. They are highlighted below. Check each number&apos;s state (for example, whether it is in your active numbers) before you try the action again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ApiError</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). The request may still have been carried out: check the current state before retrying.</source>
        <translation>
            <numerusform>The server did not answer within %n second. The request may still have been carried out: check the current state before retrying.</numerusform>
            <numerusform>The server did not answer within %n seconds. The request may still have been carried out: check the current state before retrying.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server is rate limiting (HTTP 429). Retry after %n second(s).</source>
        <translation>
            <numerusform>Too many requests: the server is rate limiting (HTTP 429). Retry after %n second.</numerusform>
            <numerusform>Too many requests: the server is rate limiting (HTTP 429). Retry after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::AvailableRentActions</name>
    <message numerus="yes">
        <source>Rent %n Selec&amp;ted…</source>
        <translation>
            <numerusform>Rent %n Selec&amp;ted…</numerusform>
            <numerusform>Rent %n Selec&amp;ted…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::BulkJobDialog</name>
    <message numerus="yes">
        <source>Reading %n number(s) as they are now…</source>
        <translation>
            <numerusform>Reading %n number as it is now…</numerusform>
            <numerusform>Reading %n numbers as they are now…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2 of %n number(s)) was interrupted.</source>
        <translation>
            <numerusform>Job %1 (%2 of %n number) was interrupted.</numerusform>
            <numerusform>Job %1 (%2 of %n numbers) was interrupted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s). Each is changed as shown; an SMS plan or campaign is unlinked before the new one is linked.</source>
        <translation>
            <numerusform>Update %n number. It is changed as shown; an SMS plan or campaign is unlinked before the new one is linked.</numerusform>
            <numerusform>Update %n numbers. Each is changed as shown; an SMS plan or campaign is unlinked before the new one is linked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Release %n number at the end of its paid period. This cannot be undone.</numerusform>
            <numerusform>Release %n numbers at the end of their paid periods. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>release: %1 every %n month(s) stops</source>
        <translation>
            <numerusform>release: %1 every month stops</numerusform>
            <numerusform>release: %1 every %n months stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>%n number already has these settings: nothing is sent for it.</numerusform>
            <numerusform>%n numbers already have these settings: nothing is sent for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left.</source>
        <translation>
            <numerusform>About %n second left.</numerusform>
            <numerusform>About %n seconds left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) matching %1 (billable). If someone else takes one of these before the job reaches it, the job searches again for another.</source>
        <translation>
            <numerusform>Rent %n number matching %1 (billable). If someone else takes one of these before the job reaches it, the job searches again for another.</numerusform>
            <numerusform>Rent %n numbers matching %1 (billable). If someone else takes one of these before the job reaches it, the job searches again for another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) (billable).</source>
        <translation>
            <numerusform>Rent %n number (billable).</numerusform>
            <numerusform>Rent %n numbers (billable).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1: offers were taken by someone else; searching again for %n more number(s)…</source>
        <translation>
            <numerusform>Job %1: offers were taken by someone else; searching again for %n more number…</numerusform>
            <numerusform>Job %1: offers were taken by someone else; searching again for %n more numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rent: setup %1, then %2 every %n month(s)</source>
        <translation>
            <numerusform>rent: setup %1, then %2 every month</numerusform>
            <numerusform>rent: setup %1, then %2 every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking that %n number(s) are still on offer, and at what price…</source>
        <translation>
            <numerusform>Checking that %n number is still on offer, and at what price…</numerusform>
            <numerusform>Checking that %n numbers are still on offer, and at what price…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n number(s) matching %1…</source>
        <translation>
            <numerusform>Searching for %n number matching %1…</numerusform>
            <numerusform>Searching for %n numbers matching %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within the recurring cap of %1.</source>
        <translation>
            <numerusform>%n offer left out to stay within the recurring cap of %1.</numerusform>
            <numerusform>%n offers left out to stay within the recurring cap of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::CallbackConfigDialog</name>
    <message numerus="yes">
        <source>The secret must be 32 to 64 characters of letters, digits and “-” (now %n character(s)).</source>
        <translation>
            <numerusform>The secret must be 32 to 64 characters of letters, digits and “-” (now %n character).</numerusform>
            <numerusform>The secret must be 32 to 64 characters of letters, digits and “-” (now %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::CallbackInspector</name>
    <message numerus="yes">
        <source>Set %1 as the callback URL of %n number(s)?</source>
        <translation>
            <numerusform>Set %1 as the callback URL of %n number?</numerusform>
            <numerusform>Set %1 as the callback URL of %n numbers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting the callback URL of %n number(s)…</source>
        <translation>
            <numerusform>Setting the callback URL of %n number…</numerusform>
            <numerusform>Setting the callback URL of %n numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback URL set on %1 of %n number(s). Their next provisioning events come here.</source>
        <translation>
            <numerusform>Callback URL set on %1 of %n number. Its next provisioning events come here.</numerusform>
            <numerusform>Callback URL set on %1 of %n numbers. Their next provisioning events come here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ChangesView</name>
    <message numerus="yes">
        <source>The first sync (%1) found %n number(s); later syncs list what changed.</source>
        <translation>
            <numerusform>The first sync (%1) found %n number; later syncs list what changed.</numerusform>
            <numerusform>The first sync (%1) found %n numbers; later syncs list what changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::CostEffect</name>
    <message numerus="yes">
        <source>%1 %2 every %n month(s)</source>
        <translation>
            <numerusform>%1 %2 every month</numerusform>
            <numerusform>%1 %2 every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::DisplayText</name>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::JobKinds</name>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 once (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 once (%n number)</numerusform>
            <numerusform>%1 %2 once (%n numbers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 %3 (%n number)</numerusform>
            <numerusform>%1 %2 %3 (%n numbers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::JobRunner</name>
    <message numerus="yes">
        <source>Searching again for %n more number(s) failed: %1</source>
        <translation>
            <numerusform>Searching again for %n more number failed: %1</numerusform>
            <numerusform>Searching again for %n more numbers failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message numerus="yes">
        <source>%n region(s) offer numbers to this project</source>
        <translation>
            <numerusform>%n region offers numbers to this project</numerusform>
            <numerusform>%n regions offer numbers to this project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n available number(s) in %1</source>
        <translation>
            <numerusform>%n available number in %1</numerusform>
            <numerusform>%n available numbers in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>R&amp;elease %n Numbers…</source>
        <translation>
            <numerusform>R&amp;elease %n Number…</numerusform>
            <numerusform>R&amp;elease %n Numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n number(s)</source>
        <translation>
            <numerusform>Copied %n number</numerusform>
            <numerusform>Copied %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted before their outcome was known. Open View → Activity to see which, and check them before repeating them.</source>
        <translation>
            <numerusform>%n action was interrupted before its outcome was known. Open View → Activity to see which, and check it before repeating it.</numerusform>
            <numerusform>%n actions were interrupted before their outcome was known. Open View → Activity to see which, and check them before repeating them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::NumberDetailsDialog</name>
    <message numerus="yes">
        <source>Saving takes %n step(s), because the API only links a number to a new service plan or campaign after the old one has been unlinked:</source>
        <translation>
            <numerusform>Saving takes %n step, because the API only links a number to a new service plan or campaign after the old one has been unlinked:</numerusform>
            <numerusform>Saving takes %n steps, because the API only links a number to a new service plan or campaign after the old one has been unlinked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving in %n steps…</source>
        <translation>
            <numerusform>Saving in %n step…</numerusform>
            <numerusform>Saving in %n steps…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::PhoneNumber</name>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digits; an international number has at most 15.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n digit; an international number has at most 15.</numerusform>
            <numerusform>&quot;%1&quot; has %n digits; an international number has at most 15.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>A profile name can have at most %n character.</numerusform>
            <numerusform>A profile name can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n Number(s)</source>
        <translation>
            <numerusform>Release %n Number</numerusform>
            <numerusform>Release %n Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Release %n Number(s)</source>
        <translation>
            <numerusform>&amp;Release %n Number</numerusform>
            <numerusform>&amp;Release %n Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)? Each number stays yours until the end of its paid period and then goes back to Sinch&apos;s inventory, where anyone can rent it.</source>
        <translation>
            <numerusform>Release %n number? Each number stays yours until the end of its paid period and then goes back to Sinch&apos;s inventory, where anyone can rent it.</numerusform>
            <numerusform>Release %n numbers? Each number stays yours until the end of its paid period and then goes back to Sinch&apos;s inventory, where anyone can rent it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n number(s) released by you.</source>
        <translation>
            <numerusform>%1 of %n number released by you.</numerusform>
            <numerusform>%1 of %n numbers released by you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the %n Not Done</source>
        <translation>
            <numerusform>Retry the %n Not Done</numerusform>
            <numerusform>Retry the %n Not Done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were already released or gone (not by you): nothing stopped for them.</source>
        <translation>
            <numerusform>%n number was already released or gone (not by you): nothing stopped for it.</numerusform>
            <numerusform>%n numbers were already released or gone (not by you): nothing stopped for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were certainly not released: “Retry the Not Done” sends exactly those again.</source>
        <translation>
            <numerusform>%n number was certainly not released: “Retry the Not Done” sends exactly that one again.</numerusform>
            <numerusform>%n numbers were certainly not released: “Retry the Not Done” sends exactly those again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n number(s) the outcome could not be determined: %1. Check whether they show an expiry date (Active numbers, or Details) before releasing them again.</source>
        <translation>
            <numerusform>For %n number the outcome could not be determined: %1. Check whether it shows an expiry date (Active numbers, or Details) before releasing it again.</numerusform>
            <numerusform>For %n numbers the outcome could not be determined: %1. Check whether they show an expiry date (Active numbers, or Details) before releasing them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were not released; hover over the Result column to see why.</source>
        <translation>
            <numerusform>%n number was not released; hover over the Result column to see why.</numerusform>
            <numerusform>%n numbers were not released; hover over the Result column to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers have a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>
            <numerusform>%n of these numbers has a provisioned emergency (E911) address, which goes with the number when it is released:</numerusform>
            <numerusform>%n of these numbers have a provisioned emergency (E911) address, which goes with the number when it is released:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::RentDialog</name>
    <message numerus="yes">
        <source>%n matching number(s) available. You cannot choose which one you get.</source>
        <translation>
            <numerusform>%n matching number available. You cannot choose which one you get.</numerusform>
            <numerusform>%n matching numbers available. You cannot choose which one you get.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::SearchPanel</name>
    <message numerus="yes">
        <source>at most %n</source>
        <translation>
            <numerusform>at most %n</numerusform>
            <numerusform>at most %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n s.</source>
        <translation>
            <numerusform>The system keychain is not available: it did not answer within %n s.</numerusform>
            <numerusform>The system keychain is not available: it did not answer within %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message numerus="yes">
        <source>Connection works: %n region(s) available.</source>
        <translation>
            <numerusform>Connection works: %n region available.</numerusform>
            <numerusform>Connection works: %n regions available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::BillableCommands</name>
    <message numerus="yes">
        <source>  This takes %n requests: the API links a number to another service plan or campaign only after the old one was unlinked; until the new link is provisioned the number cannot send or receive SMS.</source>
        <translation>
            <numerusform>  This takes %n request: the API links a number to another service plan or campaign only after the old one was unlinked; until the new link is provisioned the number cannot send or receive SMS.</numerusform>
            <numerusform>  This takes %n requests: the API links a number to another service plan or campaign only after the old one was unlinked; until the new link is provisioned the number cannot send or receive SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkCommands</name>
    <message numerus="yes">
        <source>%n line(s) of %1 are not usable phone numbers: nothing was started</source>
        <translation>
            <numerusform>%n line of %1 is not a usable phone number: nothing was started</numerusform>
            <numerusform>%n lines of %1 are not usable phone numbers: nothing was started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>  %n number already has these settings: nothing is sent for it.</numerusform>
            <numerusform>  %n numbers already have these settings: nothing is sent for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renting %n number(s) (billable).</source>
        <translation>
            <numerusform>Renting %n number (billable).</numerusform>
            <numerusform>Renting %n numbers (billable).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n number(s).</source>
        <translation>
            <numerusform>Updating %n number.</numerusform>
            <numerusform>Updating %n numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Releasing %n number at the end of its paid period. This cannot be undone.</numerusform>
            <numerusform>Releasing %n numbers at the end of their paid periods. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (&apos;--dry-run&apos; lists them all).</source>
        <translation>
            <numerusform>  … and %n more (&apos;--dry-run&apos; lists them all).</numerusform>
            <numerusform>  … and %n more (&apos;--dry-run&apos; lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of %1 are not in the local inventory (%2): nothing was started. Run &apos;numberdesk-cli inventory sync&apos; if they were rented since the last sync.</source>
        <translation>
            <numerusform>%n number of %1 is not in the local inventory (%2): nothing was started. Run &apos;numberdesk-cli inventory sync&apos; if it was rented since the last sync.</numerusform>
            <numerusform>%n numbers of %1 are not in the local inventory (%2): nothing was started. Run &apos;numberdesk-cli inventory sync&apos; if they were rented since the last sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within --max-recurring %1.</source>
        <translation>
            <numerusform>%n offer left out to stay within --max-recurring %1.</numerusform>
            <numerusform>%n offers left out to stay within --max-recurring %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing the emergency address of %n number(s). Emergency calls from them will have no dispatch address.</source>
        <translation>
            <numerusform>Removing the emergency address of %n number. Emergency calls from them will have no dispatch address.</numerusform>
            <numerusform>Removing the emergency address of %n numbers. Emergency calls from them will have no dispatch address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the emergency addresses of %n number(s)...</source>
        <translation>
            <numerusform>Reading the emergency addresses of %n number...</numerusform>
            <numerusform>Reading the emergency addresses of %n numbers...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkJob</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2, %3): %4 of %n number(s) done, %5 already so or done by someone else, %6 not done, %7 unknown, %8 pending.</source>
        <translation>
            <numerusform>Job %1 (%2, %3): %4 of %n number done, %5 already so or done by someone else, %6 not done, %7 unknown, %8 pending.</numerusform>
            <numerusform>Job %1 (%2, %3): %4 of %n numbers done, %5 already so or done by someone else, %6 not done, %7 unknown, %8 pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n step(s) that were in flight when the job stopped...</source>
        <translation>
            <numerusform>Reading back %n step that was in flight when the job stopped...</numerusform>
            <numerusform>Reading back %n steps that were in flight when the job stopped...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming job %1 (%2 of %n number(s)).</source>
        <translation>
            <numerusform>Resuming job %1 (%2 of %n number).</numerusform>
            <numerusform>Resuming job %1 (%2 of %n numbers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n step(s) were in flight when it stopped: their state is read back first, and only what is certainly not done is sent again.</source>
        <translation>
            <numerusform>  %n step was in flight when it stopped: its state is read back first, and only what is certainly not done is sent again.</numerusform>
            <numerusform>  %n steps were in flight when it stopped: their state is read back first, and only what is certainly not done is sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) to do.</source>
        <translation>
            <numerusform>  %n number to do.</numerusform>
            <numerusform>  %n numbers to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offers were taken by someone else: searching again for %n more number(s)...</source>
        <translation>
            <numerusform>Offers were taken by someone else: searching again for %n more number...</numerusform>
            <numerusform>Offers were taken by someone else: searching again for %n more numbers...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::InventoryCommands</name>
    <message numerus="yes">
        <source>The server limited the request rate %n time(s); the sync slowed down and went on.</source>
        <translation>
            <numerusform>The server limited the request rate once; the sync slowed down and went on.</numerusform>
            <numerusform>The server limited the request rate %n times; the sync slowed down and went on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inventory report of %1: %n number(s), %2 being released</source>
        <translation>
            <numerusform>Inventory report of %1: %n number, %2 being released</numerusform>
            <numerusform>Inventory report of %1: %n numbers, %2 being released</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::ReadCommands</name>
    <message numerus="yes">
        <source>Fetched %1 of %n numbers...</source>
        <translation>
            <numerusform>Fetched %1 of %n number...</numerusform>
            <numerusform>Fetched %1 of %n numbers...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n numbers...</source>
        <translation>
            <numerusform>Fetched %n number...</numerusform>
            <numerusform>Fetched %n numbers...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::Records</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
</TS>
