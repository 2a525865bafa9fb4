//! The demo data set, generated deterministically from a seed: the same seed and size
//! always give the same organisations, users, orders and subscriptions.
use domain::orders::order_change_total;
use domain::orders::{
    ActionCase, ActionRequired, Addon, Change, ChangeKind, CreatedBy, ItemKind, Note, Order, OrderDetails, OrderItem,
    OrderStatus, OrderSummary, Payment, StatusEvent, SubscriptionInfo,
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
    /// Customer organisations that have no Primary contact: e-mails addressed to it are
    /// silently not sent (the missing-contact warning).
    pub orgs_without_primary: u32,
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

const FAILURE_REASONS: &[&str] = &[
    "The e-mail address of the customer's admin is invalid.",
    "This offer is not available in your country and/or region anymore.",
    "The tenant's domain is not verified with the vendor.",
    "The vendor rejected the quantity: below the offer's minimum of 5 licenses.",
    "The customer's billing profile is incomplete (missing VAT number).",
];

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
        orgs_without_primary: 2,
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
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (y, m, d) = domain::day::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
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
    let markup_only = index % 23 == 7;
    let item_count = if markup_only { 1 } else { 1 + rng.usize(0..3) };
    let first_offer = rng.usize(0..OFFERS.len());
    let mut items = Vec::new();
    let mut changes = Vec::new();
    for n in 0..item_count {
        let offer = &OFFERS[(first_offer + n * 3) % OFFERS.len()];
        let kind = if markup_only {
            ItemKind::Markup
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
            },
            ItemKind::Update if change >= 0 => Change {
                kind: ChangeKind::LicenseIncrease,
                offer: offer.name.into(),
                quantity: Some(change),
                detail: None,
            },
            ItemKind::Update => Change {
                kind: ChangeKind::LicenseDecrease,
                offer: offer.name.into(),
                quantity: Some(-change),
                detail: None,
            },
            ItemKind::Suspension => {
                Change { kind: ChangeKind::Suspension, offer: offer.name.into(), quantity: None, detail: None }
            }
            _ => markup_change(offer.name, rng),
        });
        for addon in &addons {
            changes.push(Change {
                kind: ChangeKind::Addon,
                offer: addon.name.clone(),
                quantity: Some(addon.quantity),
                detail: None,
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
    let failure_reason =
        status.has_failure_reason().then(|| FAILURE_REASONS[rng.usize(0..FAILURE_REASONS.len())].to_string());
    let action_required = (status == OrderStatus::ActionRequired).then(|| action_case(index, &vendor));
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
        detail: Some(format!("{before}% → {}%", before + rng.u8(1..5))),
    }
}

/// Each vendor's own case; the cycle over `index` also gives every vendor a failed change order.
fn action_case(index: usize, vendor: &str) -> ActionRequired {
    let case = match (vendor, index % 5) {
        (_, 4) => ActionCase::FailedChangeOrder,
        ("Microsoft", _) => ActionCase::PurchaseOrderUpload,
        ("Cisco", _) => ActionCase::AccountSetup,
        ("Google Workspace", _) => ActionCase::TermsAcceptance,
        _ => ActionCase::FailedChangeOrder,
    };
    let detail = (case == ActionCase::FailedChangeOrder)
        .then(|| "the license decrease exceeds the allowed cancellation window".to_string());
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
        "Called the vendor: provisioning is delayed by a day.",
        "PO number confirmed by finance.",
        "Please check the admin e-mail before resubmitting.",
    ];
    Note {
        id: format!("n-{index}-{n}"),
        author: order.summary.created_by.user_name.clone(),
        created_at: rfc3339(NEWEST - index as i64 * 2_400 + 600 * (n as i64 + 1)),
        text: TEXTS[rng.usize(0..TEXTS.len())].into(),
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
            let start = NEWEST - 86_400 * rng.i64(30..700);
            let end = start + 86_400 * 365;
            let live = !matches!(
                status,
                SubscriptionStatus::Draft | SubscriptionStatus::RequestReceived | SubscriptionStatus::Denied
            );
            let failure_reason =
                status.is_failure().then(|| FAILURE_REASONS[index % FAILURE_REASONS.len()].to_string());
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
            assert!(a.orders.iter().any(|o| &o.summary.status == status), "{status}");
        }
        for case in ActionCase::KNOWN {
            assert!(
                a.orders.iter().any(|o| o.summary.action_required.as_ref().map(|r| &r.case) == Some(case)),
                "{case}"
            );
        }
        for status in SubscriptionStatus::KNOWN {
            assert!(a.subscriptions.iter().any(|s| &s.status == status), "{status}");
        }
        assert!(a.orders.iter().any(|o| o.summary.changes.iter().all(|c| c.is_markup())));
    }
}
