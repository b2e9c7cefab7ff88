//! Calls of module functions through [`super::mock::Mock`], compared with CPython's output.

use super::mock::{ints, show, Mock};
use super::Must;
use crate::args::Args;
use crate::modules::{call, make_module};
use mnpy_runtime::builtin_fn::ModuleId;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{BuiltinFn as B, PyResult, Value};

fn run(vm: &mut Mock, f: B, args: Vec<Value>) -> PyResult<Value> {
    call(vm, f, Args::new(f.name(), args, vec![]))
}

fn run_kw(vm: &mut Mock, f: B, args: Vec<Value>, kw: Vec<(&str, Value)>) -> PyResult<Value> {
    let kw = kw.into_iter().map(|(k, v)| (k.into(), v)).collect();
    call(vm, f, Args::new(f.name(), args, kw))
}

fn shown(vm: &mut Mock, f: B, args: Vec<Value>) -> String {
    match run(vm, f, args) {
        Ok(v) => show(&v),
        Err(e) => format!("error {}", super::binding::message(e)),
    }
}

fn listed(vm: &mut Mock, v: Value) -> String {
    let items = vm.collect(&v).must("iterable");
    show(&Value::list(items))
}

#[test]
fn math_functions_match_cpython() {
    let mut vm = Mock::default();
    // python3 -c "import math; print(math.log(2**1000, 2), math.fsum([0.1]*10), math.prod([1.5,2,3]))"
    let big = Value::from_bigint(num_bigint::BigInt::from(1u8) << 1000u32);
    assert_eq!(
        shown(&mut vm, B::MathLog, vec![big, Value::Int(2)]),
        "1000.0000000000001"
    );
    assert_eq!(
        shown(
            &mut vm,
            B::MathFsum,
            vec![Value::list(vec![Value::Float(0.1); 10])]
        ),
        "1.0"
    );
    let items = Value::list(vec![Value::Float(1.5), Value::Int(2), Value::Int(3)]);
    assert_eq!(shown(&mut vm, B::MathProd, vec![items]), "9.0");
    // python3 -c "import math; print(math.prod(range(1,25)), math.hypot(3,4,12), math.floor(-2.5))"
    let range = Value::list((1..25).map(Value::Int).collect());
    assert_eq!(
        shown(&mut vm, B::MathProd, vec![range]),
        "620448401733239439360000"
    );
    assert_eq!(
        shown(
            &mut vm,
            B::MathHypot,
            vec![Value::Int(3), Value::Int(4), Value::Int(12)]
        ),
        "13.0"
    );
    assert_eq!(shown(&mut vm, B::MathFloor, vec![Value::Float(-2.5)]), "-3");
    // python3 -c "import math; print(math.factorial(25))"
    assert_eq!(
        shown(&mut vm, B::MathFactorial, vec![Value::Int(25)]),
        "15511210043330985984000000"
    );
    // python3 -c "import math; math.sqrt(-1)"  -> ValueError: math domain error
    assert_eq!(
        shown(&mut vm, B::MathSqrt, vec![Value::Int(-1)]),
        "error math domain error"
    );
    // python3 -c "import math; math.sqrt()"
    assert_eq!(
        shown(&mut vm, B::MathSqrt, vec![]),
        "error math.sqrt() takes exactly one argument (0 given)"
    );
    // python3 -c "import math; math.sqrt('a')"
    assert_eq!(
        shown(&mut vm, B::MathSqrt, vec![Value::str("a")]),
        "error must be real number, not str"
    );
    // python3 -c "import math; math.trunc('a')"
    assert_eq!(
        shown(&mut vm, B::MathTrunc, vec![Value::str("a")]),
        "error type str doesn't define __trunc__ method"
    );
}

#[test]
fn random_streams_match_cpython() {
    let mut vm = Mock::default();
    // python3 -c "import random; random.seed(42); print([random.random() for _ in range(2)],
    //   [random.randint(1,6) for _ in range(5)], random.getrandbits(100))"
    run(&mut vm, B::RandomSeed, vec![Value::Int(42)]).must("seed");
    let draws: Vec<Value> = (0..2)
        .map(|_| run(&mut vm, B::RandomRandom, vec![]).must("random"))
        .collect();
    assert_eq!(
        show(&Value::list(draws)),
        "[0.6394267984578837, 0.025010755222666936]"
    );
    let dice: Vec<Value> = (0..5)
        .map(|_| {
            run(
                &mut vm,
                B::RandomRandint,
                vec![Value::Int(1), Value::Int(6)],
            )
            .must("randint")
        })
        .collect();
    assert_eq!(show(&Value::list(dice)), "[3, 2, 2, 2, 6]");
    assert_eq!(
        shown(&mut vm, B::RandomGetrandbits, vec![Value::Int(100)]),
        "1167876019479626170561453694887"
    );

    // python3 -c "import random; random.seed(7); l=list(range(10)); random.shuffle(l); print(l,
    //   random.sample(range(100),4), random.choices([10,20,30],k=4), random.choices([10,20,30],[1,2,3],k=4),
    //   random.gauss(), random.randrange(-2**70, 2**70, 3))"
    run(&mut vm, B::RandomSeed, vec![Value::Int(7)]).must("seed");
    let l = ints(&(0..10).collect::<Vec<_>>());
    run(&mut vm, B::RandomShuffle, vec![l.clone()]).must("shuffle");
    assert_eq!(show(&l), "[8, 3, 1, 4, 7, 0, 9, 6, 2, 5]");
    let population = Value::obj(mnpy_runtime::HeapObj::Range(
        mnpy_runtime::object::PyRange {
            start: 0,
            stop: 100,
            step: 1,
        },
    ));
    assert_eq!(
        shown(&mut vm, B::RandomSample, vec![population, Value::Int(4)]),
        "[64, 27, 4, 11]"
    );
    let r = run_kw(
        &mut vm,
        B::RandomChoices,
        vec![ints(&[10, 20, 30])],
        vec![("k", Value::Int(4))],
    )
    .must("choices");
    assert_eq!(show(&r), "[20, 10, 10, 20]");
    let r = run_kw(
        &mut vm,
        B::RandomChoices,
        vec![ints(&[10, 20, 30]), ints(&[1, 2, 3])],
        vec![("k", Value::Int(4))],
    )
    .must("weighted choices");
    assert_eq!(show(&r), "[30, 10, 20, 30]");
    assert_eq!(shown(&mut vm, B::RandomGauss, vec![]), "1.2417880242225354");
    let bound = num_bigint::BigInt::from(1u8) << 70u32;
    let args = vec![
        Value::from_bigint(-bound.clone()),
        Value::from_bigint(bound),
        Value::Int(3),
    ];
    assert_eq!(
        shown(&mut vm, B::RandomRandrange, args),
        "758894403364445648048"
    );

    // python3 -c "import random; random.seed('hello'); print(random.random())"
    run(&mut vm, B::RandomSeed, vec![Value::str("hello")]).must("seed");
    assert_eq!(
        shown(&mut vm, B::RandomRandom, vec![]),
        "0.3537754404730722"
    );
    // python3 -c "import random; random.randrange(5, 5)"
    let e = shown(
        &mut vm,
        B::RandomRandrange,
        vec![Value::Int(5), Value::Int(5)],
    );
    assert_eq!(e, "error empty range for randrange() (5, 5, 0)");
}

#[test]
fn itertools_match_cpython() {
    let mut vm = Mock::default();
    // python3 -c "import itertools as i; print(list(i.permutations([1,2,3],2)))"
    let it = run(
        &mut vm,
        B::ItPermutations,
        vec![ints(&[1, 2, 3]), Value::Int(2)],
    )
    .must("permutations");
    assert_eq!(
        listed(&mut vm, it),
        "[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]"
    );
    // python3 -c "import itertools as i; print(list(i.combinations_with_replacement([1,2,3],2)))"
    let it = run(
        &mut vm,
        B::ItCombinationsWithReplacement,
        vec![ints(&[1, 2, 3]), Value::Int(2)],
    )
    .must("cwr");
    assert_eq!(
        listed(&mut vm, it),
        "[(1, 1), (1, 2), (1, 3), (2, 2), (2, 3), (3, 3)]"
    );
    // python3 -c "import itertools as i; print(list(i.islice(i.count(3,2), 1, 9, 3)))"
    let count = run(&mut vm, B::ItCount, vec![Value::Int(3), Value::Int(2)]).must("count");
    let it = run(
        &mut vm,
        B::ItIslice,
        vec![count, Value::Int(1), Value::Int(9), Value::Int(3)],
    )
    .must("islice");
    assert_eq!(listed(&mut vm, it), "[5, 11, 17]");
    // python3 -c "import itertools as i; print([(k, list(g)) for k, g in i.groupby([1,1,2,3,3,1])])"
    let groups = run(&mut vm, B::ItGroupby, vec![ints(&[1, 1, 2, 3, 3, 1])]).must("groupby");
    let mut parts = Vec::new();
    while let Some(pair) = vm.next(&groups).must("next") {
        let kv = vm.collect(&pair).must("pair");
        let members = vm.collect(&kv[1]).must("group");
        parts.push(format!(
            "({}, {})",
            show(&kv[0]),
            show(&Value::list(members))
        ));
    }
    assert_eq!(
        parts.join(", "),
        "(1, [1, 1]), (2, [2]), (3, [3, 3]), (1, [1])"
    );
    // python3 -c "import itertools as i; print(list(i.accumulate([1,2,3,4], initial=10)))"
    let it = run_kw(
        &mut vm,
        B::ItAccumulate,
        vec![ints(&[1, 2, 3, 4])],
        vec![("initial", Value::Int(10))],
    );
    assert_eq!(
        listed(&mut vm, it.must("accumulate")),
        "[10, 11, 13, 16, 20]"
    );
    // python3 -c "import itertools as i; print(list(i.zip_longest([1,2,3],[4], fillvalue=0)))"
    let it = run_kw(
        &mut vm,
        B::ItZipLongest,
        vec![ints(&[1, 2, 3]), ints(&[4])],
        vec![("fillvalue", Value::Int(0))],
    );
    assert_eq!(
        listed(&mut vm, it.must("zip_longest")),
        "[(1, 4), (2, 0), (3, 0)]"
    );
    // python3 -c "import itertools as i; print(list(i.product([1,2],[3,4])), list(i.pairwise([1,2,3,4])))"
    let it = run(&mut vm, B::ItProduct, vec![ints(&[1, 2]), ints(&[3, 4])]).must("product");
    assert_eq!(listed(&mut vm, it), "[(1, 3), (1, 4), (2, 3), (2, 4)]");
    let it = run(&mut vm, B::ItPairwise, vec![ints(&[1, 2, 3, 4])]).must("pairwise");
    assert_eq!(listed(&mut vm, it), "[(1, 2), (2, 3), (3, 4)]");
    // python3 -c "import itertools as i; print(list(i.chain.from_iterable([[1,2],[],[3]])))"
    let nested = Value::list(vec![ints(&[1, 2]), ints(&[]), ints(&[3])]);
    let it = run(&mut vm, B::ItChainFromIterable, vec![nested]).must("from_iterable");
    assert_eq!(listed(&mut vm, it), "[1, 2, 3]");
    // python3 -c "import itertools as i; i.cycle()"
    assert_eq!(
        shown(&mut vm, B::ItCycle, vec![]),
        "error cycle expected 1 argument, got 0"
    );
}

#[test]
fn functools_match_cpython() {
    let mut vm = Mock::default();
    // python3 -c "import functools; print(functools.reduce(max, [3,9,2], 5))"
    let r = run(
        &mut vm,
        B::FtReduce,
        vec![Value::Builtin(B::Max), ints(&[3, 9, 2]), Value::Int(5)],
    );
    assert_eq!(show(&r.must("reduce")), "9");
    // python3 -c "import functools; functools.reduce(max, [])"
    let e = shown(
        &mut vm,
        B::FtReduce,
        vec![Value::Builtin(B::Max), ints(&[])],
    );
    assert_eq!(e, "error reduce() of empty iterable with no initial value");
    // python3 -c "import functools; f = functools.lru_cache(maxsize=2)(abs); [f(x) for x in (1,-2,1,3,-2,1)];
    //   print(f.cache_info())"  -> CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
    let deco = run_kw(
        &mut vm,
        B::FtLruCache,
        vec![],
        vec![("maxsize", Value::Int(2))],
    )
    .must("lru_cache");
    let cached = vm
        .call(&deco, vec![Value::Builtin(B::Abs)], vec![])
        .must("decorate");
    for x in [1, -2, 1, 3, -2, 1] {
        vm.call(&cached, vec![Value::Int(x)], vec![])
            .must("cached call");
    }
    let info_method = vm.getattr(&cached, "cache_info").must("cache_info");
    let info = vm.call(&info_method, vec![], vec![]).must("info");
    assert_eq!(
        vm.repr(&info).must("repr"),
        "CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)"
    );
    // python3 -c "import functools; p = functools.partial(max, 3); print(p(1, 7), p.args)"
    let p = run(
        &mut vm,
        B::FtPartial,
        vec![Value::Builtin(B::Max), Value::Int(3)],
    )
    .must("partial");
    assert_eq!(
        show(
            &vm.call(&p, vec![Value::Int(1), Value::Int(7)], vec![])
                .must("call")
        ),
        "7"
    );
    assert_eq!(show(&vm.getattr(&p, "args").must("args")), "(3,)");
}

#[test]
fn sys_module_matches_cpython() {
    let mut vm = Mock::default();
    let sys = make_module(&mut vm, ModuleId::Sys).must("sys");
    let Some(mnpy_runtime::HeapObj::Module(m)) = sys.as_obj() else {
        panic!("not a module")
    };
    let stdout = m.dict.borrow().get("stdout").cloned().must("stdout");
    let write = vm.getattr(&stdout, "write").must("write");
    // python3 -c "import sys; print(sys.stdout.write('héllo\n'))"  -> héllo, then 6
    let n = vm
        .call(&write, vec![Value::str("héllo\n")], vec![])
        .must("write");
    assert_eq!(show(&n), "6");
    assert_eq!(vm.out, "héllo\n");
    // python3 -c "import sys; sys.setrecursionlimit(0)"
    let e = shown(&mut vm, B::SysSetrecursionlimit, vec![Value::Int(0)]);
    assert_eq!(e, "error recursion limit must be greater or equal than 1");
    run(&mut vm, B::SysSetrecursionlimit, vec![Value::Int(50)]).must("setrecursionlimit");
    assert_eq!(shown(&mut vm, B::SysGetrecursionlimit, vec![]), "50");
    // python3 -c "import sys; print(sys.float_info.epsilon, sys.maxsize)"
    let fi = m
        .dict
        .borrow()
        .get("float_info")
        .cloned()
        .must("float_info");
    assert_eq!(
        show(&vm.getattr(&fi, "epsilon").must("epsilon")),
        "2.220446049250313e-16"
    );
    assert_eq!(
        show(&m.dict.borrow().get("maxsize").cloned().must("maxsize")),
        "9223372036854775807"
    );
}
