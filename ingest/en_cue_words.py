"""The class words that type an English name next to them: `X chip` is a Chip, `the startup X`
a Company, `X, software that …` a Product (shared by the name finders)."""

EN_TYPES = {"ORG": "Company", "PERSON": "Person", "PRODUCT": "Product"}
EN_CHIP_CUES = {
    "chip",
    "chips",
    "gpu",
    "gpus",
    "accelerator",
    "accelerators",
    "processor",
    "processors",
    "cpu",
    "cpus",
    "npu",
    "superchip",
    "lpu",
    "dpu",
    "dpus",
    "modem",
    "modems",
}
EN_PLATFORM_CUES = {"platform", "service", "cloud"}
EN_PRODUCT_CUES = {
    "model",
    "models",
    "supercomputer",
    "system",
    "chatbot",
    "assistant",
    "laptop",
    "laptops",
    "pc",
    "pcs",
    "smartphone",
    "phone",
    "tablet",
    "robot",
    "app",
    "agent",
    "product",
    "products",
}
EN_COMPANY_CUES = {"startup", "company", "firm", "chipmaker", "chipmakers", "maker", "designer", "investor"}
CUE_TYPES = (
    (EN_CHIP_CUES, "Chip"),
    (EN_PLATFORM_CUES, "Platform"),
    (EN_PRODUCT_CUES, "Product"),
    (EN_COMPANY_CUES, "Company"),
)
APPOSITIVE_TYPES = {
    "software": "Product", "app": "Product", "application": "Product", "robot": "Product", "developer": "Company",
    "tool": "Product", "library": "Product", "framework": "Product", "engine": "Product",
}  # fmt: skip
