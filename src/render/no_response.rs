//! The card for a number that is not an HTTP status code but stands where one
//! would (curl's `000`, a browser's `0`): what produced it and what to check.

use crate::model::NoResponse;
use crate::render::page::Page;
use crate::render::Style;

pub fn render(record: &NoResponse, style: &Style) -> String {
    let mut page = Page::new(style);
    let title = format!("{}  {}", record.number, record.title);
    page.para(
        &format!(
            "{}  {}",
            style.class_colored(0, &title),
            style.warn("[not an HTTP status code]")
        ),
        0,
    );
    page.para(&record.summary, 0);
    page.section("What it means");
    page.para(&record.description, 2);
    page.section("What produces it");
    for cause in record.causes.iter() {
        page.bullet(cause, 2);
    }
    page.section("What to check");
    for step in record.check.iter() {
        page.bullet(step, 2);
    }
    page.section("Sources");
    for source in record.sources.iter() {
        page.line(&format!("  {}", style.dim(source)));
    }
    page.finish()
}
