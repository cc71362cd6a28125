"""The seeded data a creative would recognise: three workspaces and the hand-written techniques."""

from __future__ import annotations

from collections.abc import Sequence

from flora_desktop.sandbox.techniques import (
    IO_TYPES,
    Technique,
    TechniqueIO,
    Workspace,
    io_input,
    io_output,
    slugify,
    stable_hex,
)


def seeded_workspaces() -> tuple[Workspace, ...]:
    """The three workspaces the demo key sees: owner, editor and viewer."""
    rows = (
        ("Studio North", "owner", 1_735_689_600_000),
        ("Client Work", "editor", 1_738_368_000_000),
        ("Brand Archive", "viewer", 1_740_787_200_000),
    )
    return tuple(
        Workspace(
            workspace_id=f"ws_{stable_hex(name)}",
            name=name,
            role=role,
            created_at=created,
            project_id=f"prj_{stable_hex('project ' + name)}",
        )
        for name, role, created in rows
    )


def hand_written_techniques(workspaces: Sequence[Workspace]) -> list[Technique]:
    studio = frozenset({workspaces[0].workspace_id})
    client = frozenset({workspaces[1].workspace_id})
    img, vid, aud, txt, doc = IO_TYPES
    rows: list[tuple[str, str, float, list[TechniqueIO], list[TechniqueIO], frozenset[str] | None]]
    rows = [
        (
            "Product Shot Studio",
            "Places a product photo in a clean studio scene with soft shadows and reflections.",
            0.12,
            [
                io_input(
                    "product_image",
                    "Product photo",
                    img,
                    "A photo of the product on any background.",
                    element=True,
                ),
                io_input(
                    "scene_prompt",
                    "Scene",
                    txt,
                    "Describe the set, e.g. 'marble plinth, warm morning light'.",
                    optional=True,
                ),
            ],
            [io_output("product_shot", "Product shot", img, aspect="1:1")],
            None,
        ),
        (
            "CCTV Cam",
            "Turns any photo into a grainy, timestamped security-camera still.",
            0.06,
            [io_input("input_image", "Photo", img, "The scene to re-shoot as CCTV footage.")],
            [io_output("still", "CCTV still", img, aspect="16:9")],
            None,
        ),
        (
            "Art Director's Critique",
            "Written feedback on composition, colour, type and brand fit from a seasoned art "
            "director.",
            0.04,
            [
                io_input("artwork", "Artwork", img, "The design or image to review.", element=True),
                io_input(
                    "brief", "Creative brief", txt, "What the piece has to achieve.", optional=True
                ),
            ],
            [io_output("critique", "Critique", txt)],
            None,
        ),
        (
            "Moodboard Generator",
            "Blends reference images and a theme into a single art-directed moodboard.",
            0.35,
            [
                io_input(
                    "references",
                    "Reference images",
                    img,
                    "Up to ten references.",
                    multiple=True,
                    element=True,
                ),
                io_input("theme", "Theme", txt, "A few words, e.g. 'coastal brutalism, dusk'."),
            ],
            [io_output("moodboard", "Moodboard", img, aspect="4:3")],
            None,
        ),
        (
            "Storyboard to Animatic",
            "Cuts storyboard frames into a timed animatic, with an optional voiceover.",
            0.90,
            [
                io_input(
                    "frames", "Storyboard frames", img, "Frames in story order.", multiple=True
                ),
                io_input(
                    "voiceover",
                    "Voiceover",
                    aud,
                    "A scratch voiceover to time the cuts to.",
                    optional=True,
                ),
            ],
            [io_output("animatic", "Animatic", vid, aspect="16:9", duration=10)],
            None,
        ),
        (
            "Sketch to Render",
            "Turns a pencil sketch of a product or space into a photoreal render.",
            0.18,
            [
                io_input("sketch", "Sketch", img, "A scan or photo of the sketch.", element=True),
                io_input(
                    "materials",
                    "Materials",
                    txt,
                    "e.g. 'brushed aluminium, walnut'.",
                    optional=True,
                ),
            ],
            [io_output("render", "Render", img)],
            None,
        ),
        (
            "Background Remover",
            "Cuts the subject out cleanly and returns it on a transparent background.",
            0.04,
            [io_input("image", "Image", img, element=True)],
            [io_output("cutout", "Cut-out", img)],
            None,
        ),
        (
            "Portrait Relight",
            "Relights a portrait as if shot with a different lighting setup.",
            0.10,
            [
                io_input("portrait", "Portrait", img),
                io_input(
                    "lighting",
                    "Lighting",
                    txt,
                    "e.g. 'Rembrandt, warm key, cool rim'.",
                    optional=True,
                ),
            ],
            [io_output("relit", "Relit portrait", img, aspect="4:5")],
            None,
        ),
        (
            "Image Upscaler 4x",
            "Upscales an image four times with recovered fine detail for print.",
            0.08,
            [io_input("image", "Image", img)],
            [io_output("upscaled", "Upscaled image", img)],
            None,
        ),
        (
            "Style Transfer",
            "Repaints a picture in the style of a reference artwork.",
            0.14,
            [
                io_input("content_image", "Picture", img),
                io_input("style_image", "Style reference", img, element=True),
            ],
            [io_output("stylised", "Stylised picture", img)],
            None,
        ),
        (
            "Logo Animator",
            "Brings a square logo to life as a short looping sting.",
            0.60,
            [io_input("logo", "Logo", img, "A square logo on a plain background.", aspect="1:1")],
            [io_output("sting", "Logo sting", vid, aspect="1:1", duration=5)],
            None,
        ),
        (
            "Product Turntable",
            "A smooth 360° turntable video of a product from a single photo.",
            0.75,
            [io_input("product_image", "Product photo", img, element=True)],
            [io_output("turntable", "Turntable", vid, aspect="1:1", duration=6)],
            None,
        ),
        (
            "UGC Ad Maker",
            "A vertical user-generated-style ad from a product photo and a short script.",
            1.20,
            [
                io_input("product_image", "Product photo", img),
                io_input("script", "Script", txt, "What the creator says, about 40 words."),
            ],
            [io_output("ad", "Vertical ad", vid, aspect="9:16", duration=15)],
            None,
        ),
        (
            "Podcast Cover Art",
            "Square cover art for a podcast episode with the title set in bold type.",
            0.10,
            [
                io_input("title", "Episode title", txt),
                io_input("host_photo", "Host photo", img, optional=True, element=True),
            ],
            [io_output("cover", "Cover art", img, aspect="1:1")],
            None,
        ),
        (
            "Voiceover Studio",
            "A natural voiceover read of your script.",
            0.20,
            [
                io_input("script", "Script", txt),
                io_input(
                    "voice", "Voice", txt, "e.g. 'warm, mid-forties, British'.", optional=True
                ),
            ],
            [io_output("voiceover", "Voiceover", aud)],
            None,
        ),
        (
            "Soundtrack Composer",
            "An original music bed scored to a mood, optionally timed to a cut.",
            0.45,
            [
                io_input("mood", "Mood", txt, "e.g. 'hopeful piano, builds at the end'."),
                io_input(
                    "picture_lock",
                    "Picture lock",
                    vid,
                    "The edit to score, up to 30 s.",
                    optional=True,
                    duration=30,
                ),
            ],
            [io_output("soundtrack", "Soundtrack", aud)],
            None,
        ),
        (
            "Lip Sync",
            "Syncs a talking-head video to a new audio track.",
            0.80,
            [io_input("video", "Video", vid), io_input("audio", "Audio", aud)],
            [io_output("synced", "Synced video", vid)],
            None,
        ),
        (
            "Brand Guidelines Digest",
            "Reads a brand book PDF and sums up voice, palette, type and do's and don'ts.",
            0.06,
            [io_input("brand_book", "Brand book", doc, "The guidelines as a PDF.")],
            [io_output("digest", "Digest", txt)],
            None,
        ),
        (
            "Pitch Deck Visualizer",
            "Designs a hero visual and a styled PDF from a rough pitch deck.",
            0.55,
            [
                io_input("deck", "Pitch deck", doc),
                io_input(
                    "brand_colors", "Brand colours", txt, "Hex codes or names.", optional=True
                ),
            ],
            [
                io_output("hero", "Hero visual", img, aspect="16:9"),
                io_output("styled_deck", "Styled deck", doc),
            ],
            None,
        ),
        (
            "Social Caption Writer",
            "Three on-brand captions with hashtags for a post.",
            0.04,
            [
                io_input("post_image", "Post image", img, optional=True, element=True),
                io_input("brief", "Brief", txt, "What the post is about."),
            ],
            [io_output("captions", "Captions", txt)],
            None,
        ),
        (
            "Highlight Reel Cutter",
            "Finds the best moments in long footage and cuts a highlight reel with a shot list.",
            0.50,
            [io_input("footage", "Footage", vid)],
            [
                io_output("reel", "Highlight reel", vid, aspect="16:9", duration=20),
                io_output("shot_list", "Shot list", txt),
            ],
            None,
        ),
        (
            "Scene Extender",
            "Outpaints a picture to a wide 16:9 frame, continuing the scene naturally.",
            0.16,
            [
                io_input("image", "Picture", img, element=True),
                io_input(
                    "direction",
                    "Direction",
                    txt,
                    "What should appear beyond the frame.",
                    optional=True,
                ),
            ],
            [io_output("extended", "Extended scene", img, aspect="16:9")],
            None,
        ),
        (
            "Packaging Mockup",
            "Wraps artwork onto a box or pouch and exports a print-ready dieline PDF.",
            0.30,
            [
                io_input("artwork", "Artwork", img),
                io_input(
                    "package_style", "Package", txt, "e.g. 'matte kraft pouch'.", optional=True
                ),
            ],
            [io_output("mockup", "Mockup", img), io_output("dieline", "Dieline", doc)],
            None,
        ),
        (
            "Lookbook Layout",
            "Lays out a set of photos as a paginated lookbook PDF.",
            0.40,
            [
                io_input("photos", "Photos", img, multiple=True),
                io_input("title", "Lookbook title", txt),
            ],
            [io_output("lookbook", "Lookbook", doc)],
            None,
        ),
        (
            "Interview Transcriber",
            "Transcribes an interview recording with speaker labels, as text and a PDF.",
            0.10,
            [io_input("recording", "Recording", aud)],
            [
                io_output("transcript", "Transcript", txt),
                io_output("transcript_pdf", "Transcript PDF", doc),
            ],
            None,
        ),
        (
            "Character Sheet",
            "A turnaround sheet of an original character from a description.",
            0.22,
            [
                io_input("description", "Character", txt),
                io_input("reference", "Reference", img, optional=True, element=True),
            ],
            [io_output("sheet", "Character sheet", img, aspect="3:2")],
            None,
        ),
        (
            "Music Video Visualizer",
            "Audio-reactive visuals cut to a music track.",
            1.00,
            [
                io_input("track", "Track", aud),
                io_input("visual_style", "Visual style", txt, optional=True),
            ],
            [io_output("visualizer", "Visualizer", vid, aspect="16:9", duration=12)],
            None,
        ),
        (
            "Subtitle Burner",
            "Burns styled subtitles from a script PDF into a video.",
            0.25,
            [io_input("video", "Video", vid), io_input("subtitles", "Subtitle script", doc)],
            [io_output("subtitled", "Subtitled video", vid)],
            None,
        ),
        (
            "Colour Palette Extractor",
            "Pulls a five-colour palette from an image, as swatches and hex codes.",
            0.04,
            [io_input("image", "Image", img, element=True)],
            [
                io_output("swatches", "Swatches", img, aspect="5:1"),
                io_output("hex_codes", "Hex codes", txt),
            ],
            None,
        ),
        (
            "Studio North House Style",
            "Applies Studio North's signature grade and grain to a photo.",
            0.05,
            [io_input("photo", "Photo", img)],
            [io_output("graded", "Graded photo", img)],
            studio,
        ),
        (
            "Client Brand Kit Check",
            "Checks a layout against the client's brand kit and lists the fixes.",
            0.07,
            [io_input("layout", "Layout", doc), io_input("notes", "Notes", txt, optional=True)],
            [io_output("report", "Report", txt)],
            client,
        ),
    ]
    techniques = []
    for name, description, cost, inputs, outputs, spaces in rows:
        slug = slugify(name)
        techniques.append(
            Technique(
                technique_id=f"tech_{stable_hex(slug)}",
                slug=slug,
                name=name,
                description=description,
                run_cost=cost,
                inputs=tuple(inputs),
                outputs=tuple(outputs),
                workspace_ids=spaces,
            )
        )
    return techniques
