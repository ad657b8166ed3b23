//
// sitegen patch to swift-mustache 2.1.1 (see PATCHES.md): the fast paths for plain values
// must render exactly what the general path renders.
//

import Mustache
import XCTest

/// A dictionary behind `MustacheParent`: looked up through the general path, never the fast one.
private struct OpaqueParent: MustacheParent {
    let values: [String: Any]
    func child(named name: String) -> Any? { values[name] }
}

/// A string or number that renders as its text but is none of the types the fast path knows.
private struct OpaqueText: CustomStringConvertible {
    let description: String
}

/// The same data made of types only the general path handles: dictionaries behind
/// `MustacheParent`, arrays as a `ReversedCollection` (in their own order), strings and numbers
/// as `OpaqueText`. Bools stay Bools (the general path tests them by `as Bool`).
private func opaque(_ value: Any) -> Any {
    switch value {
    case let d as [String: Any]: return OpaqueParent(values: d.mapValues(opaque))
    case let a as [Any]: return Array(a.map(opaque).reversed()).reversed()
    case let a as [[String: Any]]: return Array(a.map(opaque).reversed()).reversed()
    case let a as [String]: return Array(a.map(opaque).reversed()).reversed()
    case let s as String: return OpaqueText(description: s)
    case let n as Int: return OpaqueText(description: String(n))
    default: return value
    }
}

final class SitegenPatchTests: XCTestCase {
    let data: [String: Any] = [
        "a": "<x & 'y'> \"q\"",
        "title": "root title",
        "s": "S",
        "e": "",
        "n": 3,
        "flag": false,
        "yes": true,
        "b": ["c": "C", "title": "b title"] as [String: Any],
        "items": [
            ["name": "one"],
            ["name": "two", "title": "own title"],
            ["name": "three", "sub": ["deep": "D"] as [String: Any]],
        ] as [[String: Any]],
        "mixed": ["x", 1, ["name": "dict"] as [String: Any]] as [Any],
        "tags": ["t1", "t2"],
        "none": [] as [[String: Any]],
        "noTags": [] as [String],
    ]

    let templates: [String] = [
        "{{a}}|{{{a}}}|{{&a}}|{{b.c}}|{{b.title}}|{{title}}",
        "{{#b}}[{{c}}/{{title}}/{{a}}/{{.c}}/{{.a}}]{{/b}}",
        "{{#items}}[{{name}}:{{title}}:{{sub.deep}}:{{#sub}}{{deep}}{{name}}{{/sub}}]{{/items}}",
        "{{#s}}({{s}}|{{.}}|{{title}}|{{b.c}}){{/s}}{{#e}}[{{.}}]{{/e}}",
        "{{n}} {{#n}}[{{.}}|{{title}}]{{/n}} {{^n}}no{{/n}}",
        "{{#yes}}Y{{title}}{{/yes}}{{#flag}}F{{/flag}}{{^flag}}notF{{/flag}}{{^yes}}notY{{/yes}}",
        "{{^none}}empty{{/none}}{{^noTags}}noTags{{/noTags}}{{^items}}x{{/items}}{{^tags}}x{{/tags}}{{^s}}x{{/s}}{{^b}}x{{/b}}{{^missing}}M{{/missing}}{{^e}}x{{/e}}",
        "{{#tags}}<{{.}}:{{title}}>{{/tags}}{{#mixed}}({{name}}){{/mixed}}",
        "{{nope}}{{b.nope}}{{nope.x}}{{s.x}}{{items.name}}{{#nope}}x{{/nope}}{{#b.nope}}x{{/b.nope}}",
        "{{#items}}{{#sub}}{{#s}}<{{deep}}|{{name}}|{{title}}>{{/s}}{{/sub}}{{/items}}",
    ]

    func testFastPathsRenderWhatTheGeneralPathRenders() throws {
        for source in self.templates {
            let template = try MustacheTemplate(string: source)
            XCTAssertEqual(template.render(self.data), template.render(opaque(self.data)), source)
        }
    }

    func testFastPathsRenderTheExpectedText() throws {
        func render(_ source: String) throws -> String {
            try MustacheTemplate(string: source).render(self.data)
        }
        XCTAssertEqual(try render(templates[0]),
                       "&lt;x &amp; &#39;y&#39;&gt; &quot;q&quot;|<x & 'y'> \"q\"|<x & 'y'> \"q\"|C|b title|root title")
        XCTAssertEqual(try render(templates[1]), "[C/b title/&lt;x &amp; &#39;y&#39;&gt; &quot;q&quot;/C/]")
        XCTAssertEqual(try render(templates[2]), "[one:root title::][two:own title::][three:root title:D:Dthree]")
        XCTAssertEqual(try render(templates[3]), "(S|S|root title|C)[]")
        XCTAssertEqual(try render(templates[4]), "3 [3|root title] ")
        XCTAssertEqual(try render(templates[5]), "Yroot titlenotF")
        XCTAssertEqual(try render(templates[6]), "emptynoTagsM")
        XCTAssertEqual(try render(templates[7]), "<t1:root title><t2:root title>()()(dict)")
        XCTAssertEqual(try render(templates[8]), "")
        XCTAssertEqual(try render(templates[9]), "<D|three|root title>")
    }

    func testTransformsStillApplyToPlainValues() throws {
        let template = try MustacheTemplate(string:
            "{{uppercased(s)}} {{count(items)}} {{#reversed(tags)}}{{.}}{{/reversed(tags)}} {{#items}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{index()}}{{/items}}")
        XCTAssertEqual(template.render(self.data), "S 3 t2t1 F01L2")
    }

    func testPartialsAndInheritanceRenderIntoTheSameText() throws {
        let library = try MustacheLibrary(templates: [
            "base": MustacheTemplate(string: "<h>{{$head}}default{{/head}}</h>\n  {{$body}}{{/body}}\n"),
            "item": MustacheTemplate(string: "<li>{{name}}</li>\n"),
            "page": MustacheTemplate(string: "{{<base}}{{$body}}<ul>\n  {{> item}}\n</ul>{{/body}}{{/base}}"),
            "list": MustacheTemplate(string: "{{#items}}\n  {{> item}}\n{{/items}}"),
        ])
        XCTAssertEqual(library.render(["name": "n"], withTemplate: "page"), "<h>default</h>\n  <ul>\n  <li>n</li>\n  </ul>\n")
        XCTAssertEqual(library.render(self.data, withTemplate: "list"), "  <li>one</li>\n  <li>two</li>\n  <li>three</li>\n")
        XCTAssertEqual(library.render(self.data, withTemplate: "list"), library.render(opaque(self.data), withTemplate: "list"))
    }
}
