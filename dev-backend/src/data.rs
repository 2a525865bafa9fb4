//! The demo data set, generated deterministically from a seed: the same seed and size
//! always give the same organisations, users, orders and subscriptions.
use domain::orders::order_change_total;
use domain::orders::{
    ActionCase, ActionRequired, Addon, Change, ChangeKind, CreatedBy, ItemKind, MarkupStep, Note, Order, OrderDetails,
    OrderItem, OrderStatus, OrderSummary, Payment, StatusEvent, SubscriptionInfo,
};
use domain::session::{Organization, User};
use domain::subscriptions::{RequestField, Subscription, SubscriptionStatus};
use domain::{Money, Role};

pub struct Account {
    pub token: String,
    pub user: User,
    pub role: Role,
    pub organization: Organization,
}

pub struct Dataset {
    pub seller: Organization,
    pub customers: Vec<Organization>,
    pub accounts: Vec<Account>,
    /// Sorted newest first.
    pub orders: Vec<Order>,
    /// The customer organisation (index into `customers`) each order belongs to.
    pub order_customer: Vec<usize>,
    pub generated_notes: Vec<(usize, Note)>,
    pub subscriptions: Vec<Subscription>,
    /// Customer organisations (indices into `customers`) that have no Primary contact: e-mails addressed to it are
    /// silently not sent (the missing-contact warning).
    pub orgs_without_primary: Vec<usize>,
}

struct Offer {
    vendor: &'static str,
    name: &'static str,
    price: &'static str,
}

const OFFERS: &[Offer] = &[
    Offer { vendor: "Microsoft", name: "Microsoft 365 E3", price: "33.00" },
    Offer { vendor: "Microsoft", name: "Microsoft 365 Business Premium", price: "20.60" },
    Offer { vendor: "Microsoft", name: "Microsoft 365 Copilot", price: "28.10" },
    Offer { vendor: "Microsoft", name: "Exchange Online (Plan 1)", price: "4.00" },
    Offer { vendor: "Google Workspace", name: "Google Workspace Business Standard", price: "11.50" },
    Offer { vendor: "Google Workspace", name: "Google Workspace Business Plus", price: "18.00" },
    Offer { vendor: "Cisco", name: "Cisco Webex Meetings", price: "13.50" },
    Offer { vendor: "Cisco", name: "Cisco Duo Advantage", price: "6.00" },
    Offer { vendor: "Adobe", name: "Adobe Acrobat Pro", price: "19.99" },
    Offer { vendor: "Acronis", name: "Acronis Cyber Protect Cloud", price: "7.25" },
];

const ADDONS: &[(&str, &str)] =
    &[("Extra 1 TB storage", "2.00"), ("Advanced auditing", "3.50"), ("Phone system", "8.00")];

/// Why the vendor refused an order, by what its first line asks: a reason always fits the
/// change (a suspension never fails for a country rule, a license increase never for a
/// cancellation window).
fn failure_reasons(item: &OrderItem) -> &'static [&'static str] {
    match item.kind {
        ItemKind::Purchase if item.quantity_change < 5 => &[
            "The vendor rejected the quantity: below the offer's minimum of 5 licenses.",
            "This offer is not available in your country and/or region anymore.",
        ],
        ItemKind::Purchase => &[
            "The e-mail address of the customer's admin is invalid.",
            "This offer is not available in your country and/or region anymore.",
            "The tenant's domain is not verified with the vendor.",
            "The customer's billing profile is incomplete (missing VAT number).",
        ],
        ItemKind::Update if item.quantity_change < 0 => &[DECREASE_TOO_LATE],
        ItemKind::Update => {
            &[INCREASE_OVER_LIMIT, "The customer's billing profile is incomplete (missing VAT number)."]
        }
        ItemKind::Suspension => &[SUSPENSION_TOO_EARLY],
        _ => &["The price list is locked until the end of the billing period: the markup could not be changed."],
    }
}

const DECREASE_TOO_LATE: &str = "The license decrease exceeds the allowed cancellation window.";
const INCREASE_OVER_LIMIT: &str = "The vendor's license limit for this tenant is reached.";
const SUSPENSION_TOO_EARLY: &str = "The vendor does not allow a suspension in the subscription's first billing period.";

const CUSTOMERS: &[(&str, &str)] = &[
    ("org-contoso", "Contoso Ltd"),
    ("org-fabrikam", "Fabrikam GmbH"),
    ("org-northwind", "Northwind Traders"),
    ("org-tailspin", "Tailspin Toys"),
    ("org-adatum", "Adatum Corporation"),
];

const FIRST: &[&str] = &["Alex", "Maria", "Jonas", "Priya", "Tom", "Yuki", "Lena", "Omar", "Sofia", "Ben"];
const LAST: &[&str] = &["Keller", "Novak", "Smith", "Rossi", "Tanaka", "Meyer", "Haddad", "García", "Olsen", "Dubois"];

/// 2026-11-20T12:00:00Z in seconds since the epoch: the newest order's time.
const NEWEST: i64 = 1_795_176_000;

pub fn generate(seed: u64, order_count: usize) -> Dataset {
    let seller = Organization { id: "org-seller".into(), name: "Bluesky Cloud Reseller".into() };
    let customers: Vec<Organization> =
        CUSTOMERS.iter().map(|(id, name)| Organization { id: id.to_string(), name: name.to_string() }).collect();
    let accounts = accounts(&seller, &customers);

    let mut orders = Vec::with_capacity(order_count);
    let mut generated_notes = Vec::new();
    for index in 0..order_count {
        let mut rng = fastrand::Rng::with_seed(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let order = order(index, &mut rng, &customers, &accounts, &seller);
        for n in 0..note_count(index, &mut rng) {
            generated_notes.push((index, generated_note(index, n, &order, &mut rng)));
        }
        orders.push(order);
    }
    let mut rng = fastrand::Rng::with_seed(seed.wrapping_add(17));
    let subscriptions = subscriptions(&customers, &mut rng);
    let order_customer = (0..order_count).map(|index| index % customers.len()).collect();
    Dataset {
        seller,
        customers,
        accounts,
        orders,
        order_customer,
        generated_notes,
        subscriptions,
        // Tailspin Toys and Adatum Corporation.
        orgs_without_primary: vec![3, 4],
    }
}

fn accounts(seller: &Organization, customers: &[Organization]) -> Vec<Account> {
    let mut accounts = vec![Account {
        token: "demo-seller".into(),
        user: User { id: "u-seller".into(), name: "Sam Seller".into(), email: "sam@bluesky.example".into() },
        role: Role::SellerAdmin,
        organization: seller.clone(),
    }];
    accounts.push(Account {
        token: "demo-seller-user".into(),
        user: User { id: "u-seller-user".into(), name: "Sara Support".into(), email: "sara@bluesky.example".into() },
        role: Role::SellerUser,
        organization: seller.clone(),
    });
    for (n, org) in customers.iter().enumerate() {
        let short = org.id.trim_start_matches("org-");
        for (role, suffix) in [(Role::Customer, "customer"), (Role::CustomerAdmin, "customer-admin")] {
            let first = FIRST[(n * 2 + usize::from(suffix != "customer")) % FIRST.len()];
            let last = LAST[(n * 3 + 1) % LAST.len()];
            // The first organisation's users get the short demo tokens.
            let token = if n == 0 { format!("demo-{suffix}") } else { format!("demo-{suffix}-{short}") };
            accounts.push(Account {
                token,
                user: User {
                    id: format!("u-{short}-{suffix}"),
                    name: format!("{first} {last}"),
                    email: format!("{}.{}@{short}.example", first.to_lowercase(), last.to_lowercase()),
                },
                role,
                organization: org.clone(),
            });
        }
    }
    accounts
}

/// RFC 3339 UTC text for seconds since the epoch.
pub fn rfc3339(seconds: i64) -> String {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .and_then(|at| at.format(&Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

pub fn date_only(seconds: i64) -> String {
    rfc3339(seconds)[..10].to_string()
}

/// The first orders walk through every status and every action-required case, so even a
/// small data set shows everything; the rest are drawn with realistic weights.
fn pick_status(index: usize, rng: &mut fastrand::Rng) -> OrderStatus {
    let known = OrderStatus::KNOWN;
    if index < known.len() * 4 {
        return known[index % known.len()].clone();
    }
    use OrderStatus::*;
    let weighted = [
        (Completed, 30),
        (ProvisioningFinished, 14),
        (ProvisioningStarted, 8),
        (InProgress, 6),
        (Draft, 6),
        (Started, 5),
        (CompletedWithErrors, 5),
        (ProvisioningFailed, 5),
        (ActionRequired, 6),
        (Scheduled, 4),
        (PendingApproval, 4),
        (Deleted, 3),
    ];
    let mut roll = rng.u32(0..100);
    for (status, weight) in weighted {
        if roll < weight {
            return status;
        }
        roll -= weight;
    }
    Completed
}

fn order(
    index: usize,
    rng: &mut fastrand::Rng,
    customers: &[Organization],
    accounts: &[Account],
    seller: &Organization,
) -> Order {
    let org = &customers[index % customers.len()];
    let status = pick_status(index, rng);
    let created = NEWEST - index as i64 * 2_400 - rng.i64(0..1_800);
    let number = (100_000 + index).to_string();

    // Every 23rd order changes only the markup; every 11th adds a markup change.
    // (An order that waits for the customer is never about markup alone.)
    let markup_only = index % 23 == 7 && status != OrderStatus::ActionRequired;
    let item_count = if markup_only { 1 } else { 1 + rng.usize(0..3) };
    let first_offer = rng.usize(0..OFFERS.len());
    // An order that waits for the customer: a vendor's own case (a purchase order to
    // review, an account to set up, terms to accept) is about a purchase; a failed change
    // order is about an update.
    let case = (status == OrderStatus::ActionRequired).then(|| action_case(index, OFFERS[first_offer].vendor));
    let first_kind = case.as_ref().map(|case| match case {
        ActionCase::FailedChangeOrder => ItemKind::Update,
        _ => ItemKind::Purchase,
    });
    let mut items = Vec::new();
    let mut changes = Vec::new();
    for n in 0..item_count {
        let offer = &OFFERS[(first_offer + n * 3) % OFFERS.len()];
        let kind = if markup_only {
            ItemKind::Markup
        } else if let Some(kind) = first_kind.clone().filter(|_| n == 0) {
            kind
        } else {
            match rng.u8(0..10) {
                0..=3 => ItemKind::Purchase,
                4..=8 => ItemKind::Update,
                _ => ItemKind::Suspension,
            }
        };
        let current = if kind == ItemKind::Purchase { 0 } else { rng.i64(1..200) };
        let change = match kind {
            ItemKind::Purchase => rng.i64(1..50),
            ItemKind::Update if rng.bool() => rng.i64(1..25),
            ItemKind::Update => -rng.i64(1..current.max(2)),
            _ => 0,
        };
        let addons: Vec<Addon> = if kind == ItemKind::Purchase && rng.u8(0..4) == 0 {
            let (name, price) = ADDONS[rng.usize(0..ADDONS.len())];
            vec![Addon { name: name.into(), quantity: change.max(1), unit_price: Money::new(price, "EUR") }]
        } else {
            vec![]
        };
        let unit_price = Money::new(offer.price, "EUR");
        changes.push(match kind {
            ItemKind::Purchase => Change {
                kind: ChangeKind::NewSubscription,
                offer: offer.name.into(),
                quantity: Some(change),
                detail: None,
                markup: None,
            },
            ItemKind::Update if change >= 0 => Change {
                kind: ChangeKind::LicenseIncrease,
                offer: offer.name.into(),
                quantity: Some(change),
                detail: None,
                markup: None,
            },
            ItemKind::Update => Change {
                kind: ChangeKind::LicenseDecrease,
                offer: offer.name.into(),
                quantity: Some(-change),
                detail: None,
                markup: None,
            },
            ItemKind::Suspension => Change {
                kind: ChangeKind::Suspension,
                offer: offer.name.into(),
                quantity: None,
                detail: None,
                markup: None,
            },
            _ => markup_change(offer.name, rng),
        });
        for addon in &addons {
            changes.push(Change {
                kind: ChangeKind::Addon,
                offer: addon.name.clone(),
                quantity: Some(addon.quantity),
                detail: None,
                markup: None,
            });
        }
        let (first, last) = (FIRST[rng.usize(0..FIRST.len())], LAST[rng.usize(0..LAST.len())]);
        let short = org.id.trim_start_matches("org-");
        items.push(OrderItem {
            id: format!("{number}-{}", n + 1),
            kind,
            offer: offer.name.into(),
            vendor: offer.vendor.into(),
            current_quantity: current,
            quantity_change: change,
            unit_price: unit_price.clone(),
            // Filled in below, once the line is whole: what the line itself costs.
            total: Money::new("0.00", "EUR"),
            addons,
            subscription: SubscriptionInfo {
                name: format!("{} – {}", offer.name, org.name),
                admin_email: format!("{}.{}@{short}.example", first.to_lowercase(), last.to_lowercase()),
                first_name: first.into(),
                last_name: last.into(),
                tenant_name: (offer.vendor == "Microsoft").then(|| format!("{short}.onmicrosoft.com")),
                unit_price,
                billing_period: if n % 2 == 0 { "Monthly" } else { "Annual" }.into(),
            },
        });
        let line = items.last_mut().expect("just pushed");
        // The platform's rule for a line's total (domain::orders::pricing): the change's own
        // licenses, signed, plus its add-ons; never the cost of every license after it.
        line.total = order_change_total(std::slice::from_ref(line)).expect("one currency");
    }
    if !markup_only && index % 11 == 3 {
        changes.push(markup_change(&items[0].offer, rng));
    }

    let customer_users: Vec<&Account> = accounts.iter().filter(|a| a.organization.id == org.id).collect();
    let created_by = if index.is_multiple_of(4) {
        CreatedBy { user_name: "Sam Seller".into(), organization_name: seller.name.clone() }
    } else {
        let account = customer_users[index % customer_users.len()];
        CreatedBy { user_name: account.user.name.clone(), organization_name: org.name.clone() }
    };
    let vendor = items[0].vendor.clone();
    let failure_reason = status.has_failure_reason().then(|| {
        let reasons = failure_reasons(&items[0]);
        reasons[rng.usize(0..reasons.len())].to_string()
    });
    let action_required = case.map(|case| action_required(case, &vendor, &items[0]));
    // A Google Workspace order waiting for its terms to be accepted stays in Provisioning
    // started until Google activates it; the action is required all the same.
    let status = match &action_required {
        Some(action) if action.case == ActionCase::TermsAcceptance => OrderStatus::ProvisioningStarted,
        _ => status,
    };
    let scheduled_for = (status == OrderStatus::Scheduled).then(|| rfc3339(NEWEST + 86_400 * rng.i64(3..60)));
    let total = order_change_total(&items).expect("one currency");
    let status_history = history(&status, created, &created_by.user_name);
    let description = items.iter().map(|i| i.subscription.name.clone()).collect::<Vec<_>>().join(", ");
    Order {
        summary: OrderSummary {
            id: number.clone(),
            number,
            status,
            created_at: rfc3339(created),
            created_by,
            licenses: items.iter().map(|i| i.offer.clone()).collect(),
            changes,
            failure_reason,
            action_required,
            scheduled_for,
            note_count: 0,
            latest_note: None,
            total,
        },
        details: OrderDetails {
            description,
            payment: Payment {
                method: if index.is_multiple_of(3) { "Credit card ending 4242".into() } else { "Invoice".into() },
                billing_period: items[0].subscription.billing_period.clone(),
                reference: (!index.is_multiple_of(3)).then(|| format!("INV-{}", 500_000 + index)),
            },
            items,
            status_history,
        },
    }
}

fn markup_change(offer: &str, rng: &mut fastrand::Rng) -> Change {
    let before = rng.u8(5..20);
    Change {
        kind: ChangeKind::MarkupChange,
        offer: offer.into(),
        quantity: None,
        detail: None,
        markup: Some(MarkupStep { before: f64::from(before), after: f64::from(before + rng.u8(1..5)) }),
    }
}

/// Each vendor's own case; the cycle over `index` also gives every vendor a failed change order.
fn action_case(index: usize, vendor: &str) -> ActionCase {
    match (vendor, index % 5) {
        (_, 4) => ActionCase::FailedChangeOrder,
        ("Microsoft", _) => ActionCase::PurchaseOrderUpload,
        ("Cisco", _) => ActionCase::AccountSetup,
        ("Google Workspace", _) => ActionCase::TermsAcceptance,
        _ => ActionCase::FailedChangeOrder,
    }
}

/// What the customer must do, with what failed for a failed change order (the reason
/// fits the change: a decrease, an increase).
fn action_required(case: ActionCase, vendor: &str, first: &OrderItem) -> ActionRequired {
    let detail = (case == ActionCase::FailedChangeOrder).then(|| {
        let reason = if first.quantity_change < 0 { DECREASE_TOO_LATE } else { INCREASE_OVER_LIMIT };
        reason.to_string()
    });
    // Where the vendor's step is done, when the platform has a page for it. A purchase
    // order is uploaded by the seller in the vendor's partner tools, so it has none.
    let (action_url, action_label) = match case {
        ActionCase::AccountSetup => (Some("https://id.cisco.example/account/setup"), Some("Set up your Cisco account")),
        ActionCase::TermsAcceptance => {
            (Some("https://admin.google.example/terms/accept"), Some("Accept the Google Workspace terms"))
        }
        _ => (None, None),
    };
    ActionRequired {
        case,
        vendor: vendor.into(),
        detail,
        action_url: action_url.map(Into::into),
        action_label: action_label.map(Into::into),
    }
}

fn history(status: &OrderStatus, created: i64, by: &str) -> Vec<StatusEvent> {
    use OrderStatus::*;
    let path: &[OrderStatus] = match status {
        Started | Draft | Deleted => &[Started],
        Scheduled | PendingApproval | InProgress => &[Started],
        ProvisioningStarted | ActionRequired => &[Started, ProvisioningStarted],
        ProvisioningFinished | ProvisioningFailed => &[Started, ProvisioningStarted],
        _ => &[Started, ProvisioningStarted, ProvisioningFinished],
    };
    let mut events: Vec<StatusEvent> = path
        .iter()
        .enumerate()
        .map(|(n, s)| StatusEvent { status: s.clone(), at: rfc3339(created + n as i64 * 420), by: Some(by.into()) })
        .collect();
    if events.last().map(|e| &e.status) != Some(status) {
        events.push(StatusEvent { status: status.clone(), at: rfc3339(created + path.len() as i64 * 420), by: None });
    }
    events
}

fn note_count(index: usize, rng: &mut fastrand::Rng) -> usize {
    if index % 5 == 1 {
        1 + rng.usize(0..2)
    } else {
        0
    }
}

fn generated_note(index: usize, n: usize, order: &Order, rng: &mut fastrand::Rng) -> Note {
    const TEXTS: &[&str] = &[
        "Customer asked to keep the old tenant until month end.",
        "Called the vendor: provisioning is delayed by a day.\nThey confirm by e-mail tomorrow.",
        "PO number confirmed by finance.",
        "Checked with the customer:\n- keep the old tenant\n- \"move\" the licenses next month",
        "Please check the admin e-mail before resubmitting.",
    ];
    Note {
        id: format!("n-{index}-{n}"),
        author: order.summary.created_by.user_name.clone(),
        created_at: rfc3339(NEWEST - index as i64 * 2_400 + 600 * (n as i64 + 1)),
        text: TEXTS[rng.usize(0..TEXTS.len())].into(),
    }
}

/// When a subscription starts, by where it stands in its lifecycle: before activation its
/// term has not begun (it starts within the next weeks); active ones began within the last
/// year, so they renew in the future; expired, canceled and decommissioned ones ended in
/// the past.
fn start_day(status: &SubscriptionStatus, rng: &mut fastrand::Rng) -> i64 {
    use SubscriptionStatus::*;
    let days = match status {
        Active | PendingCancellation => -rng.i64(30..330),
        Expired | Canceled | Decommissioning => -rng.i64(400..700),
        _ => rng.i64(3..30),
    };
    NEWEST + 86_400 * days
}

/// Why a subscription failed, fitting its status: a denied request is the service
/// provider's decision, a failed activation the vendor's.
fn subscription_failure_reasons(status: &SubscriptionStatus) -> &'static [&'static str] {
    match status {
        SubscriptionStatus::Denied => &[
            "The requested start date lies before the end of the customer's current contract.",
            "The customer's billing profile is incomplete (missing VAT number).",
        ],
        SubscriptionStatus::ActivationFailed => &[
            "The tenant's domain is not verified with the vendor.",
            "The e-mail address of the customer's admin is invalid.",
        ],
        _ => &[
            "This offer is not available in your country and/or region anymore.",
            "The vendor rejected the quantity: below the offer's minimum of 5 licenses.",
        ],
    }
}

fn subscriptions(customers: &[Organization], rng: &mut fastrand::Rng) -> Vec<Subscription> {
    let statuses = SubscriptionStatus::KNOWN;
    let mut list = Vec::new();
    for (n, org) in customers.iter().enumerate() {
        for k in 0..40 {
            let index = n * 40 + k;
            // The last one per organisation is in a status newer than this client, as a
            // real platform may send: the app must show it as "Unknown: migrating".
            let status = if k == 39 {
                SubscriptionStatus::Unknown("migrating".into())
            } else {
                statuses[index % statuses.len()].clone()
            };
            let offer = &OFFERS[rng.usize(0..OFFERS.len())];
            let start = start_day(&status, rng);
            let end = start + 86_400 * 365;
            let live = !matches!(
                status,
                SubscriptionStatus::Draft | SubscriptionStatus::RequestReceived | SubscriptionStatus::Denied
            );
            let failure_reason = status.is_failure().then(|| {
                let reasons = subscription_failure_reasons(&status);
                reasons[index % reasons.len()].to_string()
            });
            list.push(Subscription {
                id: format!("sub-{:05}", index + 1),
                customer: org.clone(),
                offer: offer.name.into(),
                vendor: offer.vendor.into(),
                quantity: rng.i64(1..150),
                status: status.clone(),
                start_date: live.then(|| date_only(start)),
                end_date: live.then(|| date_only(end)),
                renewal_date: (status == SubscriptionStatus::Active).then(|| date_only(end)),
                // Half of the received requests carry a customer's cancellation request.
                cancellation_requested: status == SubscriptionStatus::RequestReceived && index % 32 < 16,
                failure_reason,
                request: vec![
                    RequestField {
                        label: "Requested by".into(),
                        value: format!("{} {}", FIRST[index % 10], LAST[(index / 10) % 10]),
                        kind: None,
                    },
                    RequestField {
                        label: "Requested on".into(),
                        value: date_only(start - 86_400 * 3),
                        kind: Some("date".into()),
                    },
                    RequestField { label: "Offer".into(), value: offer.name.into(), kind: None },
                    RequestField {
                        label: "Billing period".into(),
                        value: if index % 2 == 0 { "Monthly" } else { "Annual" }.into(),
                        kind: None,
                    },
                    RequestField {
                        label: "Customer comment".into(),
                        value: "Please align the start with our fiscal month.".into(),
                        kind: None,
                    },
                ],
                allowed_actions: vec![],
            });
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(NEWEST), "2026-11-20T12:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn same_seed_same_data_and_every_status_present() {
        let a = generate(7, 300);
        let b = generate(7, 300);
        assert_eq!(a.orders, b.orders);
        for status in OrderStatus::KNOWN {
            assert!(a.orders.iter().any(|o| &o.summary.status == status), "{status:?}");
        }
        for case in ActionCase::KNOWN {
            assert!(
                a.orders.iter().any(|o| o.summary.action_required.as_ref().map(|r| &r.case) == Some(case)),
                "{case:?}"
            );
        }
        for status in SubscriptionStatus::KNOWN {
            assert!(a.subscriptions.iter().any(|s| &s.status == status), "{status:?}");
        }
        assert!(a.orders.iter().any(|o| o.summary.changes.iter().all(|c| c.is_markup())));
    }

    const TODAY: &str = "2026-11-20";

    #[test]
    fn subscription_dates_follow_the_lifecycle() {
        use SubscriptionStatus::*;
        let data = generate(7, 10);
        let mut seen = 0;
        for sub in &data.subscriptions {
            let (start, end) = (sub.start_date.as_deref(), sub.end_date.as_deref());
            match sub.status {
                Expired | Canceled | Decommissioning => {
                    assert!(end.is_some_and(|end| end < TODAY), "{} ended in the past: {end:?}", sub.id);
                    seen += 1;
                }
                Active | PendingCancellation => {
                    assert!(start.is_some_and(|s| s < TODAY) && end.is_some_and(|e| e > TODAY), "{}", sub.id);
                }
                GeneratingContract
                | ContractReadyForReview
                | ContractSigned
                | Validating
                | ProvisioningInProgress
                | Activating
                | ActivationFailed
                | ProvisioningFailed => {
                    assert!(start.is_some_and(|s| s > TODAY), "{} has not started: {start:?}", sub.id);
                }
                Draft | RequestReceived | Denied => assert!(start.is_none(), "{}", sub.id),
                Unknown(_) => {}
            }
            if let Some(renewal) = &sub.renewal_date {
                assert!(renewal.as_str() > TODAY, "{} renews in the future", sub.id);
            }
        }
        assert!(seen > 0, "some subscriptions have ended");
    }

    #[test]
    fn order_history_follows_the_lifecycle() {
        let data = generate(7, 300);
        for order in &data.orders {
            let history = &order.details.status_history;
            assert!(!history.is_empty());
            assert!(history.windows(2).all(|w| w[0].at <= w[1].at), "{}", order.summary.number);
            assert_eq!(history[0].at, order.summary.created_at, "{}", order.summary.number);
            assert_eq!(history.last().map(|e| &e.status), Some(&order.summary.status));
        }
    }

    #[test]
    fn a_failure_reason_fits_its_orders_change() {
        let data = generate(7, 600);
        let mut checked = 0;
        for order in &data.orders {
            let first = &order.details.items[0];
            let reasons: Vec<&str> = order
                .summary
                .failure_reason
                .iter()
                .map(String::as_str)
                .chain(order.summary.action_required.as_ref().and_then(|a| a.detail.as_deref()))
                .collect();
            for reason in reasons {
                checked += 1;
                let about_decrease = reason.contains("decrease");
                assert_eq!(
                    about_decrease,
                    first.kind == ItemKind::Update && first.quantity_change < 0,
                    "{}: {reason:?} for {:?} {:+}",
                    order.summary.number,
                    first.kind,
                    first.quantity_change
                );
                if first.kind == ItemKind::Suspension {
                    assert_eq!(reason, SUSPENSION_TOO_EARLY, "{}", order.summary.number);
                }
                if reason.contains("country") || reason.contains("domain") || reason.contains("admin") {
                    assert_eq!(first.kind, ItemKind::Purchase, "{}: {reason}", order.summary.number);
                }
            }
        }
        assert!(checked > 50, "{checked} reasons checked");
    }

    #[test]
    fn a_vendors_own_case_is_on_a_purchase_and_a_failed_change_order_on_an_update() {
        let data = generate(7, 600);
        let mut terms = 0;
        for order in &data.orders {
            let Some(action) = &order.summary.action_required else { continue };
            let first = &order.details.items[0];
            match action.case {
                ActionCase::FailedChangeOrder => assert_eq!(first.kind, ItemKind::Update, "{}", order.summary.number),
                _ => assert_eq!(first.kind, ItemKind::Purchase, "{}", order.summary.number),
            }
            if action.case == ActionCase::TermsAcceptance {
                terms += 1;
                assert_eq!(first.vendor, "Google Workspace");
            }
        }
        assert!(terms > 0, "the Google terms case is in the data");
    }
}
